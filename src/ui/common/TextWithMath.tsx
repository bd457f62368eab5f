import 'katex/dist/katex.min.css';
import type { Concept } from '../../core/model';

/**
 * A front-matter text (a summary, a goal, a reason) as plain text, or as its HTML when it has math:
 * that HTML was made at build time from the escaped text and KaTeX's output, so it is safe as is.
 */
export function TextWithMath({ text, html }: { readonly text: string; readonly html?: string | undefined }) {
  return html === undefined ? <>{text}</> : <span className="text-math" dangerouslySetInnerHTML={{ __html: html }} />;
}

/** A concept's summary, with its math rendered when it has any. */
export function ConceptSummary({ concept }: { readonly concept: Pick<Concept, 'summary' | 'html'> }) {
  return <TextWithMath text={concept.summary} html={concept.html?.summary} />;
}
