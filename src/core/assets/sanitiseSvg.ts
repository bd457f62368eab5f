import type { Element, ElementContent, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { findSvgHazards } from './findSvgHazards';
import type { SvgFinding } from './SvgFinding';
import { SVG_SCHEMA } from './svgSchema';

/** An SVG made safe to serve from the site's origin, and what was taken out of it. */
export interface SanitisedSvg {
  /** The SVG to serve and publish: well-formed XML with only allow-listed elements and attributes. */
  readonly svg: string;
  /** What was removed, in document order; empty when the figure was already safe. */
  readonly findings: readonly SvgFinding[];
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

function firstSvg(node: Root | Element): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'svg') return child;
    const found = firstSvg(child);
    if (found) return found;
  }
  return undefined;
}

function usesXLink(node: Element): boolean {
  return (
    Object.keys(node.properties).some((key) => key.startsWith('xLink')) || node.children.some((c) => c.type === 'element' && usesXLink(c))
  );
}

// Characters XML 1.0 does not allow in a document (C0 controls but tab, line feed and return).
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/**
 * Turns every text into XML written out by hand (`raw`): `hast-util-to-html` leaves `>` alone,
 * so `]]>` in a text would break the XML, and it writes `<style>` text unescaped, where an XML
 * parser would read `</style><script>` as markup. Drops characters XML forbids, in attributes too.
 */
function toXmlText(node: Element): void {
  for (const [key, value] of Object.entries(node.properties)) {
    if (typeof value === 'string') node.properties[key] = value.replace(NOT_XML, '');
  }
  node.children = node.children.map((child) => {
    if (child.type === 'element') toXmlText(child);
    if (child.type !== 'text') return child;
    const value = child.value.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    return { type: 'raw', value } as unknown as ElementContent;
  });
}

/**
 * Sanitises the text of an SVG file: parsed as HTML parses inline SVG (parse5, so the tree is
 * what a browser's parser builds), reduced to its first `<svg>` element, cleaned by
 * `hast-util-sanitize` with an allow-list of static-figure elements and attributes, and written
 * back as XML. Scripts, event handlers, `javascript:` URLs, `<foreignObject>`, animation and
 * references outside the file are removed; comments, the doctype (with any entities) and
 * processing instructions are dropped. Pure; author input never makes it throw.
 */
export function sanitiseSvg(text: string): SanitisedSvg {
  const root = firstSvg(fromHtml(text, { fragment: true }));
  if (!root) {
    return { svg: `<svg xmlns="${SVG_NS}"/>`, findings: [{ kind: 'not-svg', name: '<svg>', line: 1, column: 1 }] };
  }
  const findings = findSvgHazards(root);
  const clean = sanitize(root, SVG_SCHEMA) as Nodes;
  // The root is allowed, so the sanitiser returns it as an element; anything else is a bug.
  if (clean.type !== 'element') throw new Error('sanitiseSvg: expected the sanitised root to be an element');
  // Namespaces are written only on the root, so no element inside can switch to XHTML.
  clean.properties = { xmlns: SVG_NS, ...(usesXLink(clean) ? { xmlnsXLink: XLINK_NS } : {}), ...clean.properties };
  toXmlText(clean);
  // `raw` nodes are only the escaped texts made above: the sanitised tree has none of its own.
  const svg = toHtml(clean, { space: 'svg', closeEmptyElements: true, tightSelfClosing: true, allowDangerousHtml: true });
  return { svg, findings };
}
