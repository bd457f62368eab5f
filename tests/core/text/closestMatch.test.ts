import { describe, expect, it } from 'vitest';
import { closestMatch } from '../../../src/core/text/closestMatch';
import { editDistance } from '../../../src/core/text/editDistance';

describe('editDistance', () => {
  it('counts an adjacent swap as one edit', () => {
    expect(editDistance('vectros', 'vectors')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('gives up past the limit', () => {
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});

describe('closestMatch', () => {
  it('suggests the nearest candidate', () => {
    expect(closestMatch('prerequisities', ['prerequisites', 'resources'])).toBe('prerequisites');
    expect(closestMatch('chaptr', ['book', 'chapter'])).toBe('chapter');
  });

  it('suggests a candidate containing the input as whole dash-separated parts', () => {
    expect(closestMatch('chain-rule', ['multivariate-chain-rule', 'vectors'])).toBe('multivariate-chain-rule');
    expect(closestMatch('rule', ['rules-of-thumb'])).toBeUndefined();
  });

  it('suggests nothing when nothing is close, or the input itself', () => {
    expect(closestMatch('zebra', ['vectors', 'matrices'])).toBeUndefined();
    expect(closestMatch('vectors', ['vectors'])).toBeUndefined();
  });
});
