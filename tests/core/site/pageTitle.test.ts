import { describe, expect, it } from 'vitest';
import { pageTitle } from '../../../src/core/site';

describe('pageTitle', () => {
  it('puts the page’s title before the site’s', () => {
    expect(pageTitle('Vectors', 'ML notes')).toBe('Vectors · ML notes');
  });

  it('is the site’s title alone for a page without one (home), or with a blank one', () => {
    expect(pageTitle(undefined, 'ML notes')).toBe('ML notes');
    expect(pageTitle(null, 'ML notes')).toBe('ML notes');
    expect(pageTitle(' \n ', 'ML notes')).toBe('ML notes');
  });

  it('is one line: whitespace runs folded, control characters dropped, ends trimmed', () => {
    expect(pageTitle('  Chain\n\trule\u0007 ', ' ML\r\nnotes ')).toBe('Chain rule · ML notes');
  });

  it('is the page’s title alone when the site’s is empty', () => {
    expect(pageTitle('Vectors', '')).toBe('Vectors');
  });
});
