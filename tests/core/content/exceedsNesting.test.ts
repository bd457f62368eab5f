import { describe, expect, it } from 'vitest';
import { exceedsNesting, MAX_LIST_INDENT, MAX_QUOTE_DEPTH } from '../../../src/core/content/exceedsNesting';

describe('exceedsNesting', () => {
  it('accepts ordinary bodies, deep code and wide tables', () => {
    expect(exceedsNesting('## A\n\n- a\n  - b\n    - c\n\n> quote\n> > nested\n')).toBe(false);
    expect(exceedsNesting(`${' '.repeat(MAX_LIST_INDENT + 10)}plain indented code`)).toBe(false);
  });

  it('refuses list items and quotes nested beyond the limits', () => {
    expect(exceedsNesting(`${' '.repeat(MAX_LIST_INDENT + 1)}- deep item`)).toBe(true);
    expect(exceedsNesting(`${'\t'.repeat(MAX_LIST_INDENT / 4 + 1)}1. deep item`)).toBe(true);
    expect(exceedsNesting(`${'>'.repeat(MAX_QUOTE_DEPTH + 1)} deep quote`)).toBe(true);
    expect(exceedsNesting(`${'> '.repeat(MAX_QUOTE_DEPTH)}fine`)).toBe(false);
  });
});
