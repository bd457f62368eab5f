const MODULE_SCRIPT = /<script type="module" crossorigin src="([^"]+)"><\/script>/;
const MODULE_PRELOAD = /[ \t]*<link rel="modulepreload" crossorigin href="[^"]+">\n?/g;

/**
 * A built page whose app code starts after its first paint. A prerendered page already shows
 * everything a reader needs; fetched at once, the code (React and the app, 120 KB gzip) would
 * compete with the page's HTML, styles and fonts for the first paint. So the entry module is
 * imported from the first frame's timer instead of a `<script src>`, and its chunks are no longer
 * preloaded (the entry imports them). Unchanged when `html` has no module script.
 */
export function scriptAfterPaint(html: string): string {
  const entry = MODULE_SCRIPT.exec(html)?.[1];
  if (entry === undefined) return html;
  const start = `<script type="module">requestAnimationFrame(() => setTimeout(() => import(${JSON.stringify(entry)})));</script>`;
  return html.replace(MODULE_PRELOAD, '').replace(MODULE_SCRIPT, () => start);
}
