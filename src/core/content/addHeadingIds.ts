import type { Element, ElementContent, Root } from 'hast';
import { slugify } from './slugify';

const HEADING = /^h[1-6]$/;

/** Gives each heading without an id a unique slug id (`-1`, `-2` … for repeats), for anchors. */
export function addHeadingIds(tree: Root): void {
  const used = new Set<string>();
  const visit = (nodes: readonly (Root['children'][number] | ElementContent)[]) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      if (HEADING.test(node.tagName)) {
        if (node.properties.id === undefined) node.properties.id = unique(slugify(textOf(node)), used);
        else used.add(String(node.properties.id));
        continue;
      }
      visit(node.children);
    }
  };
  visit(tree.children);
}

function unique(slug: string, used: Set<string>): string {
  let id = slug;
  for (let n = 1; used.has(id); n++) id = `${slug}-${n}`;
  used.add(id);
  return id;
}

function textOf(node: Element): string {
  let text = '';
  for (const child of node.children) {
    if (child.type === 'text') text += child.value;
    else if (child.type === 'element') text += textOf(child);
  }
  return text;
}
