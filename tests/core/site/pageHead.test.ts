// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pageDescription, pageHead, pageTitle, withPageHead, type HeadPage } from '../../../src/core/site';

const site = { title: 'ML notes', description: 'Learn ML from the bottom up.', siteUrl: 'https://example.edu/notes' };
const concept: HeadPage = {
  path: '/concepts/chain-rule',
  title: 'Chain rule',
  description: "Differentiate *compositions*: $(f \\circ g)'$.",
  kind: 'concept',
};

/** The head's elements as the browser parses them. */
function parseHead(head: string) {
  const doc = new DOMParser().parseFromString(`<!doctype html><html><head>${head}</head><body></body></html>`, 'text/html');
  return { doc, elements: [...doc.head.children], body: doc.body.childNodes.length };
}

const meta = (doc: Document, key: string) =>
  doc.head.querySelector<HTMLMetaElement>(`meta[name="${key}"], meta[property="${key}"]`)?.getAttribute('content');

describe('pageHead', () => {
  it('names and describes a concept page, with its canonical address and preview tags', () => {
    expect(pageHead(concept, site, { base: '/course' }).split('\n')).toEqual([
      '<title>Chain rule · ML notes</title>',
      '<meta name="description" content="Differentiate compositions: $(f \\circ g)\'$." />',
      '<link rel="canonical" href="https://example.edu/notes/course/concepts/chain-rule" />',
      '<meta property="og:type" content="article" />',
      '<meta property="og:site_name" content="ML notes" />',
      '<meta property="og:title" content="Chain rule" />',
      '<meta property="og:description" content="Differentiate compositions: $(f \\circ g)\'$." />',
      '<meta property="og:url" content="https://example.edu/notes/course/concepts/chain-rule" />',
      '<meta name="twitter:card" content="summary" />',
      '<meta name="twitter:title" content="Chain rule" />',
      '<meta name="twitter:description" content="Differentiate compositions: $(f \\circ g)\'$." />',
    ]);
  });

  it('titles home by the site, describes it by the site, and calls it a website', () => {
    const { doc } = parseHead(pageHead({ path: '/', kind: 'home' }, site, { base: '' }));
    expect(doc.title).toBe('ML notes');
    expect(meta(doc, 'description')).toBe('Learn ML from the bottom up.');
    expect(meta(doc, 'og:title')).toBe('ML notes');
    expect(meta(doc, 'og:type')).toBe('website');
    expect(meta(doc, 'og:url')).toBe('https://example.edu/notes/');
  });

  it('calls roadmaps and courses articles, about and other pages websites', () => {
    const type = (kind: HeadPage['kind']) => meta(parseHead(pageHead({ path: '/x', title: 'X', kind }, site, { base: '' })).doc, 'og:type');
    expect([type('roadmap'), type('course'), type('about'), type('other')]).toEqual(['article', 'article', 'website', 'website']);
  });

  it('gives no canonical address or og:url without siteUrl, and no description tags without any text', () => {
    const head = pageHead({ path: '/about', title: 'About', kind: 'about' }, { title: 'T', description: '' }, { base: '' });
    expect(head).not.toMatch(/canonical|og:url|description/);
    expect(head).toContain('<title>About · T</title>');
  });

  it('escapes titles, descriptions and addresses so they cannot end an attribute or start an element', () => {
    const head = pageHead(
      { path: '/concepts/a%26b', title: '"><script>alert(1)</script>', description: `It's <b>bold</b> & "quoted"`, kind: 'concept' },
      { ...site, siteUrl: 'https://example.edu/?a=1&b="2"' },
      { base: '' },
    );
    expect(head).not.toContain('<script>');
    expect(head).toContain('content="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(head).toContain('content="It\'s &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;"');
    expect(head).toContain('href="https://example.edu/?a=1&amp;b=&quot;2&quot;/concepts/a%26b"');
  });

  // Pieces that matter to HTML and to the text rules, mixed with any other characters.
  const piece = fc.constantFrom(
    ...['</title>', '</TITLE >', '<script>', '</head>', '<meta name="x">', '"', "'", '"><b x="', '&', '&amp;', '<!--', '-->'],
    ...['<', '>', '/', '=', ' ', '\n', '\r', '\t', '\0', '$', '*', '_', '`', '\\', '[', '](x)', 'a', '\u2028', '\u00a0', '😀'],
  );
  const hostile = fc.oneof(fc.string({ unit: piece }), fc.string({ unit: 'binary' }));

  it('no title or description can add an element, and the browser reads back exactly the text rules’ output', () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, fc.boolean(), (title, description, siteTitle, hasUrl) => {
        const siteConfig = { title: siteTitle, description: 'Site.', ...(hasUrl ? { siteUrl: 'https://example.edu' } : {}) };
        const head = pageHead({ path: '/concepts/x', title, description, kind: 'concept' }, siteConfig, { base: '' });
        const { doc, elements, body } = parseHead(head);
        expect(body).toBe(0);
        const expected = [
          'TITLE',
          'META',
          ...(hasUrl ? ['LINK'] : []),
          'META',
          'META',
          'META',
          'META',
          ...(hasUrl ? ['META'] : []),
          'META',
          'META',
          'META',
        ];
        expect(elements.map((e) => e.tagName)).toEqual(expected);
        expect(elements.every((e) => e.tagName !== 'META' || e.attributes.length === 2)).toBe(true);
        expect(doc.title).toBe(pageTitle(title, siteTitle));
        expect(meta(doc, 'description')).toBe(pageDescription(description, 'Site.'));
        expect(meta(doc, 'og:site_name')).toBe(pageTitle(siteTitle, ''));
      }),
      { numRuns: 200 },
    );
  });

  it('in the app’s template, keeps the template’s other elements and adds none', () => {
    const template =
      '<!doctype html><html lang="en"><head><meta charset="UTF-8" /><meta name="viewport" content="width=device-width" /><meta name="description" content="Generic." /><title>Roadmaps</title><script>1</script></head><body><div id="root"></div></body></html>';
    fc.assert(
      fc.property(hostile, hostile, (title, description) => {
        const html = withPageHead(template, pageHead({ path: '/roadmaps/r', title, description, kind: 'roadmap' }, site, { base: '' }));
        const doc = new DOMParser().parseFromString(html, 'text/html');
        const tags = [...doc.head.children].map((e) => e.tagName);
        expect(tags.filter((t) => t === 'TITLE')).toHaveLength(1);
        expect(tags.filter((t) => t === 'SCRIPT')).toHaveLength(1);
        expect(doc.head.querySelectorAll('meta[name="description"]')).toHaveLength(1);
        expect(tags).toHaveLength(14);
        expect([...doc.body.children].map((e) => e.id)).toEqual(['root']);
      }),
      { numRuns: 100 },
    );
  });
});
