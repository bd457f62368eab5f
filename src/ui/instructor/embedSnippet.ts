/** Text safe inside a double-quoted HTML attribute. */
function attribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The `<iframe>` that shows a plan (`/plan/v1/…`) on another page, from the site at `origin`. */
export function embedSnippet(origin: string, planUrl: string, title: string): string {
  const src = `${origin}/embed${planUrl}`;
  return `<iframe src="${attribute(src)}" title="${attribute(title)}" width="100%" height="480" style="border: 1px solid #ccc; border-radius: 8px" loading="lazy"></iframe>`;
}
