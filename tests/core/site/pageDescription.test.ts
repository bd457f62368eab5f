import { describe, expect, it } from 'vitest';
import { DESCRIPTION_LENGTH, pageDescription } from '../../../src/core/site';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('pageDescription', () => {
  it('is the page’s own text as plain text, else the site’s description', () => {
    expect(pageDescription('The *chain* rule.', 'Site.')).toBe('The chain rule.');
    expect(pageDescription(undefined, 'Learn **ML**.')).toBe('Learn ML.');
    expect(pageDescription(' \n\t ', 'Site.')).toBe('Site.');
    expect(pageDescription(undefined, '')).toBe('');
  });

  it('keeps a text of the limit’s length whole', () => {
    const text = 'x'.repeat(DESCRIPTION_LENGTH);
    expect(pageDescription(text, '')).toBe(text);
  });

  it('shortens a long text at a word boundary with an ellipsis, within the limit', () => {
    const out = pageDescription(words(60), '');
    expect(out.length).toBeLessThanOrEqual(DESCRIPTION_LENGTH);
    expect(out).toMatch(/ word\d+…$/);
    expect(words(60).startsWith(out.slice(0, -1) + ' ')).toBe(true);
  });

  it('drops punctuation left before the ellipsis', () => {
    const text = `${'a'.repeat(150)} bb, ${'c'.repeat(20)}`;
    expect(pageDescription(text, '')).toBe(`${'a'.repeat(150)} bb…`);
  });

  it('never breaks inside a formula', () => {
    const text = `${'a'.repeat(140)} $x + y + z + w + v + u$ ${'b'.repeat(30)}`;
    expect(pageDescription(text, '')).toBe(`${'a'.repeat(140)}…`);
  });

  it('cuts a single word longer than the limit, not inside a surrogate pair', () => {
    expect(pageDescription('y'.repeat(300), '')).toBe(`${'y'.repeat(DESCRIPTION_LENGTH - 1)}…`);
    const out = pageDescription(`${'y'.repeat(DESCRIPTION_LENGTH - 2)}😀${'y'.repeat(10)}`, '');
    expect(out).toBe(`${'y'.repeat(DESCRIPTION_LENGTH - 2)}…`);
  });
});
