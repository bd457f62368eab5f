/**
 * How the site treats a file in the content folder that is not Markdown or YAML:
 * - `document`: a file browsers open as a page and run scripts in (HTML and the XML family,
 *   which may carry XHTML `<script>` elements); never served or published.
 * - `svg`: an image that is also a document (opened by URL it runs its scripts); served and
 *   published only after sanitising.
 * - `file`: everything else (raster images, PDF, text, data), served as it is.
 */
export type AssetKind = 'document' | 'svg' | 'file';

// Extensions whose usual MIME type (`text/html`, `application/xhtml+xml`, `…+xml`, `multipart/related`)
// makes a browser render the file as a document with scripts on the site's origin.
const DOCUMENT_EXTENSIONS = new Set([
  'html',
  'htm',
  'shtml',
  'xhtml',
  'xht',
  'mht',
  'mhtml',
  'xml',
  'xsl',
  'xslt',
  'rss',
  'atom',
  'rdf',
  'mml',
  'svgz',
]);

/** The lower-cased extension of a content-relative path, or empty when it has none. */
export function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** What kind of asset `path` (content-relative) is, by its extension. */
export function assetKind(path: string): AssetKind {
  const extension = extensionOf(path);
  if (extension === 'svg') return 'svg';
  return DOCUMENT_EXTENSIONS.has(extension) ? 'document' : 'file';
}
