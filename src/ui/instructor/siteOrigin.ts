/** The origin exported links and snippets point at: the site the page is served from. */
export function siteOrigin(): string {
  return window.location.origin;
}
