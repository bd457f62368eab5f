import { describe, expect, it } from 'vitest';
import { scriptAfterPaint } from '../../../src/node/prerender/scriptAfterPaint';

const built = `<head>
    <script type="module" crossorigin src="/course/assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="/course/assets/chunk-1.js">
    <link rel="modulepreload" crossorigin href="/course/assets/content-2.js">
    <link rel="stylesheet" crossorigin href="/course/assets/index.css">
  </head>`;

describe('scriptAfterPaint', () => {
  it('imports the entry after the first frame and preloads none of its chunks', () => {
    const html = scriptAfterPaint(built);
    expect(html).not.toContain('modulepreload');
    expect(html).not.toContain('src="/course/assets/index-abc.js"');
    expect(html).toContain('import("/course/assets/index-abc.js")');
    expect(html).toContain("getEntriesByName('first-contentful-paint')");
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/course/assets/index.css">');
  });

  it('leaves a page without a module script as it is', () => {
    expect(scriptAfterPaint('<head></head>')).toBe('<head></head>');
  });
});
