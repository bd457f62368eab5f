import type { Definition, Html, Image, Link, Nodes, Parents, PhrasingContent, Root, Text } from 'mdast';
import type { Diagnostic } from '../diagnostics';
import { createDiagnostic } from '../diagnostics';
import type { LinkOccurrence } from './BodyAnalysis';
import type { ConceptId } from '../model';
import { classifyHref } from '../links';
import type { LinkResolver } from '../links';
import { resolveLink } from '../links';

/** Which body is being walked: its file and first line, and (to rewrite links) the resolver. */
export interface BodyContext {
  readonly file: string;
  readonly line: number;
  /** Null to only collect links and diagnostics, leaving the tree as it is. */
  readonly resolver: LinkResolver | null;
}

/** What the walk found: links, text-only diagnostics, and the concept ids linked (resolved, in order). */
export interface LinkWalk {
  readonly links: LinkOccurrence[];
  readonly diagnostics: Diagnostic[];
  readonly concepts: ConceptId[];
}

const WIKI = /\[\[([^[\]|\n]+)(?:\|([^[\]\n]+))?\]\]/g;
const UNSAFE_HTML = /<script\b|<\/script|\son[a-z]+\s*=|(?:href|src|action|formaction)\s*=\s*["']?\s*(?:javascript|vbscript|data):/i;

/**
 * Walks a parsed body once: turns `[[id]]` / `[[id|text]]` into links, records every link and image
 * with its place, and reports raw HTML, unsafe URLs and images without alt text. With a resolver it
 * also rewrites each link for the app: concept links to `/concepts/<id>` with `link-internal` and
 * `data-concept`, http(s) links with `link-external` and `rel`, relative files to `/content/...`,
 * broken links to a `link-broken` span, and unsafe links to their text.
 */
export function transformLinks(tree: Root, context: BodyContext): LinkWalk {
  const walk: LinkWalk = { links: [], diagnostics: [], concepts: [] };
  const definitions = new Map<string, Definition>();
  for (const node of tree.children) if (node.type === 'definition') definitions.set(node.identifier, node);
  const state = { context, walk, definitions, seen: new Set<string>() };
  visitChildren(tree, state, false);
  return walk;
}

interface State {
  readonly context: BodyContext;
  readonly walk: LinkWalk;
  readonly definitions: ReadonlyMap<string, Definition>;
  readonly seen: Set<string>;
}

function visitChildren(parent: Parents, state: State, inLink: boolean): void {
  const children = parent.children as Nodes[];
  for (let i = 0; i < children.length; i++) {
    let node = children[i]!;
    if ((node.type === 'linkReference' || node.type === 'imageReference') && state.definitions.size > 0) {
      const definition = state.definitions.get(node.identifier);
      if (definition) {
        node = referenceToNode(node, definition);
        children[i] = node;
      }
    }
    switch (node.type) {
      case 'text':
        if (!inLink && node.value.includes('[[')) i += splitWikiLinks(children, i, node, state) - 1;
        break;
      case 'link':
        children[i] = handleLink(node, state, false) ?? node;
        if (children[i] === node) visitChildren(node, state, true);
        else if ('children' in children[i]!) visitChildren(children[i] as Parents, state, true);
        break;
      case 'image':
        handleImage(node, state);
        break;
      case 'html':
        checkHtml(node, state);
        break;
      default:
        if ('children' in node) visitChildren(node, state, inLink);
    }
  }
}

function referenceToNode(node: Nodes & { type: 'linkReference' | 'imageReference' }, definition: Definition): Link | Image {
  const base = { url: definition.url, title: definition.title ?? null, ...(node.position ? { position: node.position } : {}) };
  if (node.type === 'imageReference') return { type: 'image', alt: node.alt ?? null, ...base };
  return { type: 'link', children: node.children, ...base };
}

function place(node: Nodes, state: State, offset = 0): { line: number; column: number } {
  const start = node.position?.start;
  return { line: (start?.line ?? 1) + state.context.line - 1, column: (start?.column ?? 1) + offset };
}

/** Replaces `children[i]` by text and wiki links; returns how many nodes now stand in its place. */
function splitWikiLinks(children: Nodes[], i: number, node: Text, state: State): number {
  const parts: PhrasingContent[] = [];
  const start = node.position?.start;
  const { value } = node;
  let last = 0;
  // Line and column of `counted`, advanced incrementally so many links in one long text stay linear.
  let counted = 0;
  let line = start?.line ?? 1;
  let column = start?.column ?? 1;
  for (const m of value.matchAll(WIKI)) {
    const at = m.index;
    if (at > last) parts.push({ type: 'text', value: value.slice(last, at) });
    for (; counted < at; counted++) {
      if (value.charCodeAt(counted) === 10) {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    const point = { line, column };
    const link: Link = {
      type: 'link',
      url: m[1]!.trim(),
      children: [{ type: 'text', value: (m[2] ?? '').trim() }],
      ...(start ? { position: { start: point, end: point } } : {}),
    };
    parts.push(handleLink(link, state, true) ?? link);
    last = at + m[0].length;
  }
  if (parts.length === 0) return 1;
  if (last < value.length) parts.push({ type: 'text', value: value.slice(last) });
  children.splice(i, 1, ...parts);
  return parts.length;
}

function handleLink(node: Link, state: State, wiki: boolean): PhrasingContent | undefined {
  const written = node.url;
  const target = classifyHref(written, state.context.file, wiki ? 'wiki' : 'link');
  const at = place(node, state);
  state.walk.links.push({ written, target, line: at.line, column: at.column, image: false });
  const emptyWiki = wiki && node.children.length === 1 && (node.children[0] as Text).value === '';
  if (target.kind === 'unsafe') {
    const message = `Expected a safe link, found a \`${target.scheme}:\` URL; it is removed.`;
    state.walk.diagnostics.push(createDiagnostic(state.context.file, at, 'unsafe-html', message, { actual: written.slice(0, 200) }));
    return { type: 'emphasis', children: node.children, data: { hName: 'span' } };
  }
  const resolver = state.context.resolver;
  if (!resolver) return undefined;
  const resolution = resolveLink(target, written, resolver);
  if (emptyWiki) (node.children[0] as Text).value = resolution.kind === 'concept' ? resolution.title : written;
  switch (resolution.kind) {
    case 'concept':
      node.url = resolution.href;
      node.data = { hProperties: { className: ['link-internal'], dataConcept: resolution.id } };
      if (!state.seen.has(resolution.id)) {
        state.seen.add(resolution.id);
        state.walk.concepts.push(resolution.id);
      }
      return node;
    case 'page':
    case 'asset':
      node.url = resolution.href;
      node.data = { hProperties: { className: [resolution.kind === 'page' ? 'link-internal' : 'link-asset'] } };
      return node;
    case 'external':
      node.data = { hProperties: { className: ['link-external'], rel: ['noopener', 'noreferrer'] } };
      return node;
    case 'broken':
      return { type: 'emphasis', children: node.children, data: { hName: 'span', hProperties: { className: ['link-broken'] } } };
    default:
      return node;
  }
}

function handleImage(node: Image, state: State): void {
  const written = node.url;
  const target = classifyHref(written, state.context.file, 'image');
  const at = place(node, state);
  const { file } = state.context;
  state.walk.links.push({ written, target, line: at.line, column: at.column, image: true });
  if (!node.alt || node.alt.trim() === '') {
    const message = `Expected alt text describing the image \`${written.slice(0, 80)}\`, found none.`;
    state.walk.diagnostics.push(createDiagnostic(file, at, 'missing-alt', message, { expected: 'alt text' }));
  }
  if (target.kind === 'unsafe') {
    const message = `Expected a safe image address, found a \`${target.scheme}:\` URL; it is removed.`;
    state.walk.diagnostics.push(createDiagnostic(file, at, 'unsafe-html', message, { actual: written.slice(0, 200) }));
    node.url = '';
    return;
  }
  if (state.context.resolver && target.kind === 'file') node.url = `${state.context.resolver.base}/content/${encodeURI(target.path)}`;
}

function checkHtml(node: Html, state: State): void {
  const html = node.value.trim();
  // Comments are the author's notes; a lone closing tag is dropped with its opening tag (reported).
  if (html.startsWith('<!--') || /^<\/[a-z][a-z0-9-]*\s*>$/i.test(html)) return;
  const snippet = html.replace(/\s+/g, ' ').slice(0, 60);
  const at = place(node, state);
  if (UNSAFE_HTML.test(html)) {
    const what = /<\/?script/i.test(html) ? 'a `<script>` tag' : /\son[a-z]+\s*=/i.test(html) ? 'an event handler' : 'a `javascript:` URL';
    const message = `Expected Markdown, found raw HTML with ${what} (\`${snippet}\`); it is removed.`;
    state.walk.diagnostics.push(createDiagnostic(state.context.file, at, 'unsafe-html', message, { actual: snippet }));
    return;
  }
  const message = `Expected Markdown, found raw HTML \`${snippet}\`; raw HTML is not rendered (escape a literal \`<\` as \`\\<\`).`;
  state.walk.diagnostics.push(createDiagnostic(state.context.file, at, 'unsafe-html', message, { severity: 'warning', actual: snippet }));
}
