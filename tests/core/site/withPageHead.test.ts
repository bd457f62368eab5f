import { describe, expect, it } from 'vitest';
import { pageHead, withPageHead } from '../../../src/core/site';

const template = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="description" content="Generic." />
    <link
      rel="icon"
      href="data:image/svg+xml,%3Csvg%3E"
    />
    <title>Roadmaps</title>
    <meta property="og:title" content="Old" />
    <script>
      var x = 1;
    </script>
  </head>
  <body><meta name="description" content="In the body, not ours." /></body>
</html>`;

const site = { title: 'ML notes', description: 'Notes.', siteUrl: 'https://example.edu' };

describe('withPageHead', () => {
  it('puts the head where the title was, at its indentation, replacing the tags it sets', () => {
    const head = pageHead({ path: '/concepts/x', title: 'X $1 $&', description: 'About x.', kind: 'concept' }, site, { base: '' });
    const html = withPageHead(template, head);
    expect(html).toContain('    <title>X $1 $&amp; · ML notes</title>\n    <meta name="description" content="About x." />\n');
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html).not.toContain('Generic.');
    expect(html).not.toContain('content="Old"');
    expect(html).toContain('<meta property="og:title" content="X $1 $&amp;" />');
  });

  it('keeps the template’s other elements, and what is below the head', () => {
    const html = withPageHead(template, pageHead({ path: '/', kind: 'home' }, site, { base: '' }));
    expect(html).toContain('<meta charset="UTF-8" />');
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1" />');
    expect(html).toContain('rel="icon"');
    expect(html).toContain('var x = 1;');
    expect(html).toContain('<body><meta name="description" content="In the body, not ours." /></body>');
  });

  it('keeps the template’s description when the head has none', () => {
    const html = withPageHead(template, pageHead({ path: '/', kind: 'home' }, { title: 'T', description: '' }, { base: '' }));
    expect(html).toContain('<meta name="description" content="Generic." />');
    expect(html).toContain('<title>T</title>');
  });

  it('adds the head before `</head>` when the template has no title, and leaves a page without a head alone', () => {
    const head = '<title>T</title>\n<meta name="twitter:card" content="summary" />';
    expect(withPageHead('<html>\n  <head>\n    <meta charset="UTF-8" />\n  </head>\n</html>', head)).toBe(
      '<html>\n  <head>\n    <meta charset="UTF-8" />\n    <title>T</title>\n    <meta name="twitter:card" content="summary" />\n  </head>\n</html>',
    );
    expect(withPageHead('<head></head>', head)).toBe(`<head>${head}</head>`);
    expect(withPageHead('<p>no head</p>', head)).toBe('<p>no head</p>');
  });

  it('treats `name` and `property` as one key, so a preview tag is never doubled', () => {
    const html = withPageHead(
      '<head><meta property="twitter:card" content="large" /><title>a</title></head>',
      '<title>b</title>\n<meta name="twitter:card" content="summary" />',
    );
    expect(html).toBe('<head><title>b</title>\n<meta name="twitter:card" content="summary" /></head>');
  });
});
