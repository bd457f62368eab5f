import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { addHeadingIds } from '../../../src/core/markdown/addHeadingIds';

const heading = (tagName: string, text: string, id?: string): Element => ({
  type: 'element',
  tagName,
  properties: id === undefined ? {} : { id },
  children: [{ type: 'text', value: text }],
});

function idsOf(...headings: Element[]): string[] {
  const tree: Root = { type: 'root', children: headings };
  addHeadingIds(tree);
  return headings.map((h) => String(h.properties.id));
}

describe('addHeadingIds', () => {
  it('makes GitHub-style heading anchors', () => {
    expect(idsOf(heading('h2', 'Why it is cheap'), heading('h2', 'The $x^2$ term, again!'), heading('h3', '   '))).toEqual([
      'why-it-is-cheap',
      'the-x2-term-again',
      'section',
    ]);
  });

  it('numbers repeats, and a heading named like a concept page section', () => {
    expect(idsOf(heading('h2', 'Intuition'), heading('h2', 'Intuition'), heading('h2', 'Resources'))).toEqual([
      'intuition',
      'intuition-1',
      'resources-1',
    ]);
  });

  it('keeps an id a heading has, and avoids it for later headings', () => {
    expect(idsOf(heading('h2', 'Other', 'notes'), heading('h2', 'Notes'))).toEqual(['notes', 'notes-1']);
  });

  it('returns the h2 and h3 headings for a table of contents', () => {
    const tree: Root = { type: 'root', children: [heading('h2', 'A'), heading('h4', 'Deep'), heading('h3', 'B')] };
    expect(addHeadingIds(tree)).toEqual([
      { id: 'a', text: 'A', depth: 2 },
      { id: 'b', text: 'B', depth: 3 },
    ]);
  });
});
