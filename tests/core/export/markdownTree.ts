import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** A parsed Markdown node, as much of mdast as the export tests read. */
export interface MdNode {
  readonly type: string;
  readonly value?: string;
  readonly url?: string;
  readonly depth?: number;
  readonly checked?: boolean | null;
  readonly children?: readonly MdNode[];
}

/** Parses Markdown the way GitHub does (CommonMark + GFM). */
export function parseMarkdown(markdown: string): MdNode {
  return unified().use(remarkParse).use(remarkGfm).parse(markdown) as MdNode;
}

/** The text a reader sees in a node (line breaks as `\n`). */
export function textOf(node: MdNode): string {
  if (node.type === 'break') return '\n';
  if (node.value !== undefined) return node.value;
  return (node.children ?? []).map(textOf).join('');
}

/** Every node of `type`, in document order. */
export function nodesOf(node: MdNode, type: string): MdNode[] {
  const found: MdNode[] = node.type === type ? [node] : [];
  for (const child of node.children ?? []) found.push(...nodesOf(child, type));
  return found;
}
