import { describe, expect, it } from 'vitest';
import { MAX_LIST_INDENT, MAX_QUOTE_DEPTH, parseHazard } from '../../../src/core/markdown/parseHazard';

const NESTED = { reason: 'it is nested too deeply to render', line: 1 };
const DENSE = { reason: expect.stringMatching(/thousands of `\*`, `_` or `\[` markers/) };

describe('parseHazard', () => {
  it('accepts ordinary bodies, deep code and wide tables', () => {
    expect(parseHazard('## A\n\n- a\n  - b\n    - c\n\n> quote\n> > nested\n')).toBeUndefined();
    expect(parseHazard(`${' '.repeat(MAX_LIST_INDENT + 10)}plain indented code`)).toBeUndefined();
    expect(parseHazard('')).toBeUndefined();
  });

  it('refuses list items and quotes nested beyond the limits', () => {
    expect(parseHazard(`${' '.repeat(MAX_LIST_INDENT + 1)}- deep item`)).toEqual(NESTED);
    expect(parseHazard(`${'\t'.repeat(MAX_LIST_INDENT / 4 + 1)}1. deep item`)).toEqual(NESTED);
    expect(parseHazard(`${'>'.repeat(MAX_QUOTE_DEPTH + 1)} deep quote`)).toEqual(NESTED);
    expect(parseHazard(`${'> '.repeat(MAX_QUOTE_DEPTH)}fine`)).toBeUndefined();
  });

  it('refuses a paragraph with thousands of emphasis or bracket markers, on one line or many', () => {
    expect(parseHazard('*a'.repeat(4000))).toEqual({ ...DENSE, line: 1 });
    expect(parseHazard(`Intro.\n\n${'*_ *_\n'.repeat(1000)}`)).toEqual({ ...DENSE, line: 3 });
    expect(parseHazard(`> ${'_a '.repeat(4000)}`)).toEqual({ ...DENSE, line: 1 });
    expect(parseHazard('[a]('.repeat(4000))).toEqual({ ...DENSE, line: 1 });
    expect(parseHazard('[^a '.repeat(4000))).toEqual({ ...DENSE, line: 1 });
    expect(parseHazard(`Intro.\n\n  ${'- '.repeat(0)}\n${' '.repeat(MAX_LIST_INDENT + 1)}- deep`)).toEqual({ ...NESTED, line: 4 });
  });

  it('counts each paragraph, list item, heading and table cell on its own', () => {
    const many = (unit: string, n: number) => unit.repeat(n);
    // Thousands of markers in all, but few per paragraph: cheap to parse.
    expect(parseHazard(many('Some *bold* and _italic_ words.\n\n', 3000))).toBeUndefined();
    expect(parseHazard(many('- an *emphasised* item with **strong** text\n', 3000))).toBeUndefined();
    expect(parseHazard(many('## A *heading*\n', 3000))).toBeUndefined();
    expect(parseHazard(many('- [[a-concept]] and [[another|its title]]\n', 3000))).toBeUndefined();
    expect(parseHazard(`| a | b |\n| --- | :-: |\n${many('| *x* | **y** |\n', 3000)}`)).toBeUndefined();
    // Markers inside fenced code are text.
    expect(parseHazard(`\`\`\`\n${many('*_', 10000)}\n\`\`\`\n`)).toBeUndefined();
    // Many mid-sized paragraphs add up.
    expect(parseHazard(many(`${'*a'.repeat(1500)}\n\n`, 10))).toEqual({ ...DENSE, line: 9 });
  });
});
