import 'katex/dist/katex.min.css';

/**
 * A front-matter text (a summary, a goal, a reason) as plain text, or as its HTML when it has math:
 * that HTML was made at build time from the escaped text and KaTeX's output, so it is safe as is.
 */
export function TextWithMath({ text, html }: { readonly text: string; readonly html?: string | undefined }) {
  return html === undefined ? <>{text}</> : <span className="text-math" dangerouslySetInnerHTML={{ __html: html }} />;
}
