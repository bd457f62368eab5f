import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import { rehypeMath } from './rehypeMath';
import { SANITIZE_SCHEMA } from './sanitiseSchema';

// Built and frozen once: the processor holds configuration only, no per-document state.
// Raw HTML from authors never reaches the stringifier: remark-rehype drops it and the sanitiser
// removes raw nodes; `allowDangerousHtml` only lets through the KaTeX output that `rehypeMath`
// inserts after sanitising.
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkMath)
  .use(remarkRehype)
  .use(rehypeSanitize, SANITIZE_SCHEMA)
  .use(rehypeMath)
  .use(rehypeStringify, { allowDangerousHtml: true })
  .freeze();

/** Parses GFM Markdown with `$math$` into mdast. */
export function parseMarkdown(text: string): MdastRoot {
  return processor.parse(text);
}

/**
 * mdast → sanitised hast with its math rendered (remark-rehype, rehype-sanitize with
 * `SANITIZE_SCHEMA`, `rehypeMath`); formulas KaTeX rejects are messages on `file`.
 */
export function toSanitisedHast(tree: MdastRoot, file: VFile): HastRoot {
  return processor.runSync(tree, file) as HastRoot;
}

/** hast → HTML string. */
export function stringifyHast(tree: HastRoot): string {
  return processor.stringify(tree);
}
