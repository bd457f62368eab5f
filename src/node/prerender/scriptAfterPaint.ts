const MODULE_SCRIPT = /<script type="module" crossorigin src="([^"]+)"><\/script>/;
const MODULE_PRELOAD = /[ \t]*<link rel="modulepreload" crossorigin href="[^"]+">\n?/g;

/**
 * A built page whose app code starts after its first contentful paint. A prerendered page already
 * shows everything a reader needs; fetched at once, the code (React and the app, 120 KB gzip)
 * would compete with the page's HTML, styles and fonts for that paint. So the entry module is
 * imported once the browser reports the paint (or after 3 s, or at once in a hidden tab, which
 * reports none), instead of from a `<script src>`, and its chunks are no longer preloaded (the
 * entry imports them). Unchanged when `html` has no module script.
 */
export function scriptAfterPaint(html: string): string {
  const entry = MODULE_SCRIPT.exec(html)?.[1];
  if (entry === undefined) return html;
  const start = `<script type="module">${startAfterPaint(entry)}</script>`;
  return html.replace(MODULE_PRELOAD, '').replace(MODULE_SCRIPT, () => start);
}

/** The inline starter: imports `entry` once, at the first contentful paint or the fallbacks. */
function startAfterPaint(entry: string): string {
  return [
    `let started = false;`,
    `const start = () => { if (!started) { started = true; import(${JSON.stringify(entry)}); } };`,
    `if (document.visibilityState === 'hidden' || typeof PerformanceObserver !== 'function') start();`,
    `else {`,
    `  new PerformanceObserver((list) => { if (list.getEntriesByName('first-contentful-paint').length > 0) setTimeout(start); }).observe({ type: 'paint', buffered: true });`,
    `  setTimeout(start, 3000);`,
    `}`,
  ].join(' ');
}
