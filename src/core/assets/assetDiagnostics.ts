import { createDiagnostic, FILE_START, type Diagnostic } from '../diagnostics';
import { assetKind, extensionOf } from './assetKind';
import type { SvgFinding, SvgFindingKind } from './SvgFinding';

const HTML_EXTENSIONS = new Set(['html', 'htm', 'shtml', 'xhtml', 'xht', 'mht', 'mhtml']);

/** Why a document asset is refused, and what to do instead. */
function documentMessage(path: string): string {
  const extension = extensionOf(path);
  const found = HTML_EXTENSIONS.has(extension)
    ? `a web page \`${path}\``
    : extension === 'svgz'
      ? `a compressed SVG \`${path}\``
      : `an XML document \`${path}\``;
  const fix =
    extension === 'svgz'
      ? 'save it uncompressed as `.svg`'
      : 'link to it at its own address, or publish it as a PDF, an image or a `.txt` file';
  return `Expected an asset browsers do not run as a page (an image, PDF, text or data file), found ${found}, whose scripts would run on the site's origin; it is neither served nor published: ${fix}.`;
}

/**
 * `unsafe-asset` errors for the assets browsers would open as pages with scripts (HTML, XHTML,
 * XML, compressed SVG): they are never served or published. Decided by path alone, so the
 * compiler reports them wherever it knows the asset list (check, dev, build).
 */
export function assetDiagnostics(assets: readonly string[]): Diagnostic[] {
  return assets
    .filter((path) => assetKind(path) === 'document')
    .map((path) => createDiagnostic(path, FILE_START, 'unsafe-asset', documentMessage(path)));
}

const LABELS: Readonly<Record<SvgFindingKind, string>> = {
  script: '`<script>` elements',
  'event-handler': 'event-handler attributes',
  'script-url': 'script URLs',
  'foreign-object': '`<foreignObject>` elements',
  animation: 'animation elements',
  'external-reference': 'references outside the file',
  'not-svg': 'no `<svg>` element',
};

/** `a`, `a and b`, `a, b and c`. */
function listing(parts: readonly string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`;
}

/**
 * The `unsafe-asset` warning for an SVG asset `sanitiseSvg` changed: what was removed, grouped by
 * kind (at most three names each), placed where the first was. Undefined when nothing was removed.
 */
export function svgDiagnostic(path: string, findings: readonly SvgFinding[]): Diagnostic | undefined {
  const first = findings[0];
  if (!first) return undefined;
  const byKind = new Map<SvgFindingKind, string[]>();
  for (const finding of findings) {
    const names = byKind.get(finding.kind) ?? [];
    if (!names.includes(finding.name)) names.push(finding.name);
    byKind.set(finding.kind, names);
  }
  const parts = [...byKind].map(([kind, names]) => {
    if (kind === 'script' || kind === 'foreign-object' || kind === 'not-svg') return LABELS[kind];
    const shown = names.slice(0, 3).map((n) => `\`${n.length > 60 ? `${n.slice(0, 57)}…` : n}\``);
    return `${LABELS[kind]} (${shown.join(', ')}${names.length > 3 ? ', …' : ''})`;
  });
  const removed = byKind.has('not-svg') ? 'the site serves an empty image instead' : 'they are removed from the file the site serves';
  const message = `Expected an SVG figure without scripts or references outside the file, found ${listing(parts)}; ${removed}.`;
  return createDiagnostic(path, { line: first.line, column: first.column }, 'unsafe-asset', message, { severity: 'warning' });
}
