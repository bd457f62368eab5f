import { describe, expect, it } from 'vitest';
import { staticPathFor } from '../../bench/site/staticPathFor';

const files = new Set(['index.html', '404.html', 'about.html', 'concepts/backprop.html', 'assets/app-1a2b.js', 'docs/index.html']);
const exists = (file: string) => files.has(file);

describe('staticPathFor', () => {
  it('serves a file as it is, and `X.html` for `/X` as static hosts do', () => {
    expect(staticPathFor('/assets/app-1a2b.js', exists)).toEqual({ file: 'assets/app-1a2b.js', status: 200 });
    expect(staticPathFor('/concepts/backprop', exists)).toEqual({ file: 'concepts/backprop.html', status: 200 });
    expect(staticPathFor('/about?from=home#team', exists)).toEqual({ file: 'about.html', status: 200 });
  });

  it('serves a folder’s index.html for `/` and `/X/`', () => {
    expect(staticPathFor('/', exists)).toEqual({ file: 'index.html', status: 200 });
    expect(staticPathFor('/docs/', exists)).toEqual({ file: 'docs/index.html', status: 200 });
    expect(staticPathFor('/docs', exists)).toEqual({ file: 'docs/index.html', status: 200 });
  });

  it('answers anything else with 404.html, so plan URLs reach the app', () => {
    expect(staticPathFor('/plan/v1/backprop,gradient', exists)).toEqual({ file: '404.html', status: 200 });
    expect(staticPathFor('/concepts/missing', exists)).toEqual({ file: '404.html', status: 200 });
  });

  it('never looks outside the site', () => {
    const asked: string[] = [];
    const spy = (file: string) => (asked.push(file), true);
    expect(staticPathFor('/../secret', spy).status).toBe(404);
    expect(staticPathFor('/a/%2e%2e/%2e%2e/secret', spy).status).toBe(404);
    expect(staticPathFor('/%E0%A4%A', spy).status).toBe(404);
    expect(asked).toEqual([]);
  });
});
