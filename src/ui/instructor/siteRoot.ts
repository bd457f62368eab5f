/**
 * Where exported links and snippets point: the site the page is served from, with the path it
 * is served under (`base`, empty at the root), so app paths can be appended.
 */
export function siteRoot(base: string): string {
  return window.location.origin + base;
}
