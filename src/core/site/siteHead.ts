import type { SiteConfig } from '../model';
import { escapeHtml } from '../text';

/**
 * The page head's title and description from `site.yaml`, with the Open Graph and Twitter card
 * tags that link previews read (they run no JavaScript, so these must be in the HTML file). `html`
 * is the page's HTML; its `<title>` and description are replaced, the rest is added before `</head>`.
 */
export function withSiteHead(html: string, site: Pick<SiteConfig, 'title' | 'description'>): string {
  const title = escapeHtml(site.title);
  const description = escapeHtml(site.description);
  // Replacer functions: a `$` in the content must stay a dollar sign, not a replacement pattern.
  let out = html.replace(/<title>[^<]*<\/title>/, () => `<title>${title}</title>`);
  if (site.description !== '')
    out = out.replace(/(<meta name="description" content=")[^"]*(")/, (_, open: string, close: string) => open + description + close);
  const tags = [
    `<meta property="og:type" content="website" />`,
    `<meta property="og:site_name" content="${title}" />`,
    `<meta property="og:title" content="${title}" />`,
    ...(site.description === '' ? [] : [`<meta property="og:description" content="${description}" />`]),
    `<meta name="twitter:card" content="summary" />`,
  ];
  return out.replace('</head>', () => `    ${tags.join('\n    ')}\n  </head>`);
}
