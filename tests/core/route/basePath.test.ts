import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toBasePath, withBase, withoutBase } from '../../../src/core/route/basePath';

describe('toBasePath', () => {
  it("reads Vite's base: the root is empty, a sub-path loses its final slash", () => {
    expect(['/', '/course/', '/course', '/a/b/', '//'].map(toBasePath)).toEqual(['', '/course', '/course', '/a/b', undefined]);
  });

  it('refuses what cannot prefix page addresses: relative, full URLs, odd characters', () => {
    expect(['./', '', 'course/', 'https://cdn.example/app/', '/a b/', '/a"b/'].map(toBasePath)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('withBase and withoutBase', () => {
  it('add and take off the base, the root included', () => {
    expect(withBase('/concepts/x?y#z', '/course')).toBe('/course/concepts/x?y#z');
    expect(withBase('/', '/course')).toBe('/course/');
    expect(withBase('/about', '')).toBe('/about');
    expect(['/course', '/course/', '/course/about', '/course?x'].map((p) => withoutBase(p, '/course'))).toEqual([
      '/',
      '/',
      '/about',
      '/?x',
    ]);
  });

  it('leaves paths outside the base out, including ones that only share its first letters', () => {
    expect(['/courses/x', '/other', '/'].map((p) => withoutBase(p, '/course'))).toEqual([undefined, undefined, undefined]);
  });

  it('round-trips every app path under every base', () => {
    const segment = fc.stringMatching(/^[a-z0-9-]{1,8}$/);
    const base = fc.array(segment, { maxLength: 3 }).map((parts) => parts.map((p) => `/${p}`).join(''));
    const path = fc.array(segment, { maxLength: 4 }).map((parts) => `/${parts.join('/')}`);
    fc.assert(fc.property(base, path, (b, p) => withoutBase(withBase(p, b), b) === p));
  });
});
