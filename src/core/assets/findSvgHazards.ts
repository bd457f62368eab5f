import type { Element, ElementContent } from 'hast';
import { find, svg } from 'property-information';
import type { SvgFinding, SvgFindingKind } from './SvgFinding';

const ANIMATION = new Set(['animate', 'animateColor', 'animateMotion', 'animateTransform', 'set', 'discard']);
// Embedded raster images are the one kind of `data:` URL a figure needs.
const RASTER_DATA = /^data:image\/(?:png|jpeg|gif|webp|avif);/i;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
// CSS that fetches something outside the file: `url(…)` not to `#id`, `image-set`, `@import`…
// Any backslash counts too, since escapes can spell `url` in ways a pattern would miss.
const CSS_FETCH = /@import|\\|(?:url|src|image|image-set|cross-fade|element)\s*\(\s*(?!['"]?\s*#)/i;

/** The URL as a browser reads it for its scheme: without ASCII whitespace and control characters. */
function compact(url: string): string {
  // eslint-disable-next-line no-control-regex
  return url.replace(/[\u0000-\u0020]+/g, '');
}

/** Whether an SVG element may keep this link: `#id` everywhere; pages on `<a>`; images on `<image>`. */
function hrefAllowed(tagName: string, url: string): boolean {
  if (url.startsWith('#')) return true;
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  const relative = scheme === undefined && !/^[/\\]{2}/.test(url);
  if (tagName === 'a') return relative || scheme === 'http' || scheme === 'https' || scheme === 'mailto';
  if (tagName === 'image' || tagName === 'feImage') return relative || RASTER_DATA.test(url);
  return false;
}

const textOf = (nodes: readonly ElementContent[]): string =>
  nodes.map((n) => (n.type === 'text' ? n.value : n.type === 'element' ? textOf(n.children) : '')).join('');

/**
 * Finds what makes an SVG tree unsafe and removes the parts the allow-list cannot judge (links and
 * `url(…)` references by where they point; `<style>` that fetches). Scripts, handlers, foreign
 * objects and animation are only recorded here: `hast-util-sanitize` drops them. Mutates `root`.
 */
export function findSvgHazards(root: Element): SvgFinding[] {
  const findings: SvgFinding[] = [];
  const visit = (node: Element) => {
    const start = node.position?.start;
    const record = (kind: SvgFindingKind, name: string) =>
      findings.push({ kind, name, line: start?.line ?? 1, column: start?.column ?? 1 });
    if (node.tagName === 'script') record('script', '<script>');
    else if (node.tagName === 'foreignObject') record('foreign-object', '<foreignObject>');
    else if (ANIMATION.has(node.tagName)) record('animation', `<${node.tagName}>`);
    for (const [key, value] of Object.entries(node.properties)) {
      if (value === null || value === undefined) continue;
      const text = Array.isArray(value) ? value.join(' ') : String(value);
      if (/^on/i.test(key)) record('event-handler', find(svg, key).attribute);
      else if (key === 'href' || key === 'xLinkHref') {
        const url = compact(text);
        if (hrefAllowed(node.tagName, url)) continue;
        const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
        if (scheme === 'javascript' || scheme === 'vbscript' || scheme === 'data') record('script-url', `${scheme}:`);
        else record('external-reference', text.trim());
        delete node.properties[key];
      } else if (CSS_FETCH.test(text)) {
        record('external-reference', text.trim());
        delete node.properties[key];
      }
    }
    if (node.tagName === 'style') {
      // A style sheet is text: markup inside `<style>` is flattened so nothing hides from the check.
      const css = textOf(node.children);
      if (CSS_FETCH.test(css)) record('external-reference', '<style>');
      node.children = CSS_FETCH.test(css) ? [] : [{ type: 'text', value: css }];
    }
    for (const child of node.children) if (child.type === 'element') visit(child);
  };
  visit(root);
  return findings;
}
