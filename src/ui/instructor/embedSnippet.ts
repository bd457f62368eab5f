import { escapeHtml } from '../../core/text';

/** The `<iframe>` that shows a plan (`/plan/v1/…`) on another page, from the site at `origin`. */
export function embedSnippet(origin: string, planUrl: string, title: string): string {
  const src = `${origin}/embed${planUrl}`;
  return `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="100%" height="480" style="border: 1px solid #ccc; border-radius: 8px" loading="lazy"></iframe>`;
}
