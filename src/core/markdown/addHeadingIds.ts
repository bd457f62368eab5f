import type { Element, ElementContent, Root } from 'hast';
import type { BodyHeading } from '../model';
import { CONCEPT_SECTIONS } from '../route';
import GithubSlugger, { slug } from 'github-slugger';

const HEADING = /^h[1-6]$/;

/**
 * Gives each heading without an id a unique GitHub-style slug id (`-1`, `-2` … for repeats, and
 * for the ids of the concept page's own sections), for anchors, and returns the `h2` and `h3`
 * headings in document order, for a table of contents. A heading with no text is `section`.
 */
export function addHeadingIds(tree: Root): BodyHeading[] {
  const slugger = new GithubSlugger();
  for (const section of Object.values(CONCEPT_SECTIONS)) slugger.slug(section.id);
  const headings: BodyHeading[] = [];
  const visit = (nodes: readonly (Root['children'][number] | ElementContent)[]) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      if (HEADING.test(node.tagName)) {
        const text = textOf(node).replace(/\s+/g, ' ').trim();
        if (node.properties.id === undefined) node.properties.id = slugger.slug(slug(text) || 'section');
        else slugger.slug(String(node.properties.id));
        const depth = node.tagName === 'h2' ? 2 : node.tagName === 'h3' ? 3 : undefined;
        if (depth && text) headings.push({ id: String(node.properties.id), text, depth });
        continue;
      }
      visit(node.children);
    }
  };
  visit(tree.children);
  return headings;
}

function textOf(node: Element): string {
  let text = '';
  for (const child of node.children) {
    if (child.type === 'text') text += child.value;
    else if (child.type === 'element') text += textOf(child);
  }
  return text;
}
