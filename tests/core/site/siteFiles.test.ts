import { describe, expect, it } from 'vitest';
import type { ConceptId } from '../../../src/core/model';
import { robotsTxt, SITE_URL_MISSING, sitemapXml, sitePaths, withSiteHead } from '../../../src/core/site';

const content = {
  concepts: [{ id: 'vectors' as ConceptId }, { id: 'a&b' as ConceptId }],
  roadmaps: [{ id: 'deep-learning' }],
  courses: [{ id: 'week-by-week' }],
} as unknown as Parameters<typeof sitePaths>[0];

describe('sitePaths', () => {
  it('lists home, about, each roadmap, course and concept, ids percent-encoded, plans left out', () => {
    expect(sitePaths(content)).toEqual([
      '/',
      '/about',
      '/roadmaps/deep-learning',
      '/courses/week-by-week',
      '/concepts/vectors',
      '/concepts/a%26b',
    ]);
  });
});

describe('sitemapXml', () => {
  it('gives absolute addresses under the base, escaped as XML', () => {
    const xml = sitemapXml('https://example.edu/', '/course', ['/', '/concepts/a&b']);
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml).toContain('<url><loc>https://example.edu/course/</loc></url>');
    expect(xml).toContain('<url><loc>https://example.edu/course/concepts/a&amp;b</loc></url>');
    expect(xml.match(/<url>/g)).toHaveLength(2);
  });
});

describe('robotsTxt', () => {
  it('allows every page, and names the sitemap only when the address is known', () => {
    expect(robotsTxt(undefined, '')).toBe('User-agent: *\nAllow: /\n');
    expect(robotsTxt('https://example.edu', '/course')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://example.edu/course/sitemap.xml\n',
    );
  });
});

describe('SITE_URL_MISSING', () => {
  it('says on one line what `siteUrl` would give and where to set it', () => {
    expect(SITE_URL_MISSING).not.toContain('\n');
    for (const word of ['`siteUrl`', 'site.yaml', 'canonical', 'sitemap.xml', 'robots.txt']) expect(SITE_URL_MISSING).toContain(word);
  });
});

describe('withSiteHead', () => {
  const page = '<html><head>\n<meta name="description" content="Generic." />\n<title>Roadmaps</title>\n  </head><body></body></html>';

  it('puts the site’s title and description in the page, with link-preview tags', () => {
    const html = withSiteHead(page, { title: 'ML notes', description: 'Learn ML from the bottom up.' });
    expect(html).toContain('<title>ML notes</title>');
    expect(html).toContain('<meta name="description" content="Learn ML from the bottom up." />');
    expect(html).toContain('<meta property="og:title" content="ML notes" />');
    expect(html).toContain('<meta property="og:site_name" content="ML notes" />');
    expect(html).toContain('<meta property="og:description" content="Learn ML from the bottom up." />');
    expect(html).toContain('<meta name="twitter:card" content="summary" />');
  });

  it('escapes what it writes, and keeps a dollar sign a dollar sign', () => {
    const html = withSiteHead(page, { title: '<script>x</script> $& $1', description: '"quoted" $\' & more' });
    expect(html).toContain('<title>&lt;script&gt;x&lt;/script&gt; $&amp; $1</title>');
    expect(html).toContain('content="&quot;quoted&quot; $\' &amp; more"');
    expect(html).not.toContain('<script>x');
  });

  it('gives the shell no canonical address: it answers addresses that have no page of their own', () => {
    const html = withSiteHead(page, { title: 'T', description: 'D', siteUrl: 'https://example.edu' } as Parameters<typeof withSiteHead>[1]);
    expect(html).not.toMatch(/canonical|og:url/);
  });

  it('keeps the page’s description when the site has none', () => {
    const html = withSiteHead(page, { title: 'T', description: '' });
    expect(html).toContain('content="Generic."');
    expect(html).not.toContain('og:description');
  });
});
