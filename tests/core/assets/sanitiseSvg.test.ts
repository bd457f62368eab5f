// @vitest-environment jsdom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sanitiseSvg } from '../../../src/core/assets';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The sanitised SVG as a browser reads a served `image/svg+xml` file: as XML, namespaces and all. */
function parseServed(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

/** Everything in a parsed document that could run script or leave the file. */
function activeParts(doc: Document): string[] {
  const found: string[] = [];
  for (const element of doc.getElementsByTagName('*')) {
    if (element.namespaceURI !== SVG_NS) found.push(`${element.namespaceURI} ${element.localName}`);
    if (/^(script|foreignObject|set|animate|iframe)$/i.test(element.localName)) found.push(element.localName);
    for (const attribute of element.attributes) {
      if (/^on/i.test(attribute.localName)) found.push(attribute.name);
      if (/href$/i.test(attribute.localName) && !/^(#|https:|data:image\/png)/.test(attribute.value))
        found.push(`${attribute.name}=${attribute.value}`);
    }
  }
  for (const style of doc.getElementsByTagName('style'))
    if (/url\(\s*[^#\s]|@import/i.test(style.textContent ?? '')) found.push('style fetch');
  return found;
}

const HOSTILE = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE svg [<!ENTITY boom "&#x3C;script&#x3E;alert(1)&#x3C;/script&#x3E;">]>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 50" onload="document.title='owned'">
  <script>localStorage.setItem('owned', '1')</script>
  <a xlink:href=" java&#x09;script:alert(1)"><rect width="10" height="10" fill="url(#g)" onclick="alert(2)"/></a>
  <a href="https://example.test/"><text>a link</text></a>
  <foreignObject width="100" height="50"><div xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="alert(3)"/></div></foreignObject>
  <use href="https://tracker.test/sprite.svg#icon"/>
  <image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>
  <image href="https://tracker.test/pixel.png" width="1" height="1"/>
  <g xmlns="http://www.w3.org/1999/xhtml"><script>alert(4)</script></g>
  <style>@import url(https://tracker.test/x.css);</style>
  <style>rect { fill: #333 } &lt;/style&gt;&lt;script&gt;alert(5)&lt;/script&gt;</style>
  <rect style="fill: url(https://tracker.test/p)" width="1" height="1"/>
  <set attributeName="href" to="javascript:alert(6)"/>
  <linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient>
  <text x="5" y="40">A &amp; B &lt; C <![CDATA[<script>alert(7)</script>]]> &boom;</text>
</svg>`;

describe('sanitiseSvg', () => {
  it('leaves nothing that runs script or fetches from elsewhere, read back as XML', () => {
    const { svg } = sanitiseSvg(HOSTILE);
    expect(activeParts(parseServed(svg))).toEqual([]);
    expect(svg).not.toMatch(/alert\(\d\)<\/script>|<script|onload|onclick|javascript|foreignObject|tracker\.test|<set/i);
  });

  it('keeps the figure: shapes, text, local references, links to pages and embedded raster images', () => {
    const doc = parseServed(sanitiseSvg(HOSTILE).svg);
    expect(doc.documentElement.getAttribute('viewBox')).toBe('0 0 100 50');
    expect(doc.querySelector('rect')?.getAttribute('fill')).toBe('url(#g)');
    expect(doc.querySelector('a[href="https://example.test/"]')?.textContent).toBe('a link');
    expect(doc.querySelector('image')?.getAttribute('href')).toBe('data:image/png;base64,iVBORw0KGgo=');
    expect(doc.querySelector('linearGradient')?.id).toBe('g');
    // CDATA and entity text stay text: escaped on the way out, never markup.
    expect(doc.querySelector('text[x="5"]')?.textContent).toContain('A & B < C');
  });

  it('keeps style sheets as text an XML parser reads back unchanged', () => {
    const { svg } = sanitiseSvg(
      '<svg><style>a > b { fill: red }</style><style>x{}&lt;/style&gt;&lt;script&gt;alert(1)&lt;/script&gt;</style></svg>',
    );
    const doc = parseServed(svg);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect([...doc.getElementsByTagName('style')].map((s) => s.textContent)).toEqual([
      'a > b { fill: red }',
      'x{}</style><script>alert(1)</script>',
    ]);
  });

  it('writes well-formed XML whatever the text holds', () => {
    const doc = parseServed(sanitiseSvg('<svg><text id="t\u0001">a ]]> b \u0001c</text></svg>').svg);
    expect(doc.querySelector('text')?.textContent).toBe('a ]]> b c');
    expect(doc.querySelector('text')?.id).toBe('t');
  });

  it('names what it removed, where it was', () => {
    const { findings } = sanitiseSvg(HOSTILE);
    expect(findings.map((f) => `${f.kind} ${f.name} ${f.line}`)).toEqual([
      'event-handler onload 3',
      'script <script> 4',
      'script-url javascript: 5',
      'event-handler onclick 5',
      'foreign-object <foreignObject> 7',
      'event-handler onerror 7',
      'external-reference https://tracker.test/sprite.svg#icon 8',
      'external-reference https://tracker.test/pixel.png 10',
      'script <script> 11',
      'external-reference <style> 12',
      'external-reference fill: url(https://tracker.test/p) 14',
      'animation <set> 15',
    ]);
  });

  it('gives an empty image for a file without an <svg> element', () => {
    const { svg, findings } = sanitiseSvg('<!doctype html><title>x</title><script>alert(1)</script>');
    expect(svg).toBe('<svg xmlns="http://www.w3.org/2000/svg"/>');
    expect(findings).toEqual([{ kind: 'not-svg', name: '<svg>', line: 1, column: 1 }]);
  });

  it('finds nothing to remove in the shipped figures and keeps every element and attribute', () => {
    const dir = join(import.meta.dirname, '../../../content/assets');
    const files = readdirSync(dir).filter((f) => f.endsWith('.svg'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = readFileSync(join(dir, file), 'utf8');
      const { svg, findings } = sanitiseSvg(text);
      expect(findings, file).toEqual([]);
      const before = new DOMParser().parseFromString(text, 'image/svg+xml');
      const after = parseServed(svg);
      const shape = (doc: Document) =>
        [...doc.getElementsByTagName('*')].map((e) => `${e.localName}[${[...e.attributes].map((a) => `${a.name}=${a.value}`).join(' ')}]`);
      expect(shape(after), file).toEqual(shape(before));
    }
  });
});
