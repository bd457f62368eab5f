import { describe, expect, it } from 'vitest';
import { assetDiagnostics, assetKind, sanitiseSvg, svgDiagnostic } from '../../../src/core/assets';

describe('assetKind', () => {
  it('refuses documents browsers run as pages, sanitises SVG and passes other files', () => {
    for (const path of ['assets/a.html', 'assets/b.HTM', 'x.xhtml', 'x.xht', 'x.mht', 'x.xml', 'x.xsl', 'x.svgz'])
      expect(assetKind(path), path).toBe('document');
    expect(assetKind('assets/fig.SVG')).toBe('svg');
    for (const path of ['assets/fig.png', 'notes.pdf', 'data.csv', 'README', 'html/fig.png', 'a.html.txt'])
      expect(assetKind(path), path).toBe('file');
  });
});

describe('assetDiagnostics', () => {
  it('is an error for each document asset, at the start of the file', () => {
    expect(assetDiagnostics(['assets/fig.svg', 'assets/page.html', 'assets/notes.pdf', 'assets/page.svgz'])).toEqual([
      expect.objectContaining({ file: 'assets/page.html', line: 1, column: 1, severity: 'error', rule: 'unsafe-asset' }),
      expect.objectContaining({
        file: 'assets/page.svgz',
        severity: 'error',
        message: expect.stringContaining('found a compressed SVG `assets/page.svgz`, whose scripts would run'),
      }),
    ]);
  });
});

describe('svgDiagnostic', () => {
  it('is a warning naming what was removed, where the first thing was', () => {
    const { findings } = sanitiseSvg(
      '<svg onload="x()" onclick="y()">\n<script>z()</script><use href="https://a.test/s.svg#i"/><a href="javascript:w()"><text>t</text></a></svg>',
    );
    expect(svgDiagnostic('assets/x.svg', findings)).toEqual({
      file: 'assets/x.svg',
      line: 1,
      column: 1,
      severity: 'warning',
      rule: 'unsafe-asset',
      message:
        'Expected an SVG figure without scripts or references outside the file, found event-handler attributes (`onload`, `onclick`), `<script>` elements, references outside the file (`https://a.test/s.svg#i`) and script URLs (`javascript:`); they are removed from the file the site serves.',
    });
  });

  it('is nothing for a figure that lost nothing', () => {
    expect(
      svgDiagnostic('assets/x.svg', sanitiseSvg('<svg viewBox="0 0 1 1"><rect width="1" height="1"/></svg>').findings),
    ).toBeUndefined();
  });
});
