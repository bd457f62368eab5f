import { describe, expect, it } from 'vitest';
import { toConceptId } from '../../../src/core/model/toConceptId';
import { slugify } from '../../../src/core/markdown/slugify';

describe('toConceptId', () => {
  it('makes kebab-case ids from titles', () => {
    expect(toConceptId('Feed-forward Neural Nets')).toBe('feed-forward-neural-nets');
    expect(toConceptId("  Bayes' rule (discrete) ")).toBe('bayes-rule-discrete');
    expect(toConceptId('Gödel, Escher')).toBe('godel-escher');
    expect(toConceptId('!!!')).toBe('');
  });
});

describe('slugify', () => {
  it('makes GitHub-style heading anchors', () => {
    expect(slugify('Why it is cheap')).toBe('why-it-is-cheap');
    expect(slugify('The $x^2$ term, again!')).toBe('the-x2-term-again');
    expect(slugify('   ')).toBe('section');
  });
});
