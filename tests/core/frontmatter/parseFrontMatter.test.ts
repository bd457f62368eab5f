import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../../src/core/frontmatter/parseFrontMatter';

describe('parseFrontMatter', () => {
  it('places fields on their lines in the whole file', () => {
    const text = '---\ntitle: A\nresources:\n  - title: X\n    kind: book\n---\nBody\n';
    const fm = parseFrontMatter('concepts/a.md', text);
    expect(fm.data).toEqual({ title: 'A', resources: [{ title: 'X', kind: 'book' }] });
    expect(fm.bodyLine).toBe(7);
    expect(fm.locate(['title'], 'key')).toEqual({ line: 2, column: 1 });
    expect(fm.locate(['title'])).toEqual({ line: 2, column: 8 });
    expect(fm.locate(['resources', 0, 'kind'])).toEqual({ line: 5, column: 11 });
    expect(fm.locate(['resources', 0])).toEqual({ line: 4, column: 5 });
    expect(fm.locate(['nope', 3])).toEqual({ line: 2, column: 1 });
  });

  it('puts YAML errors on the line of the file, not of the YAML block', () => {
    const text = '---\ntitle: A\nsummary: B\ntags: [a\nminutes: 3\n---\n';
    const [d] = parseFrontMatter('concepts/a.md', text).diagnostics;
    expect(d).toMatchObject({ rule: 'yaml-syntax', severity: 'error', line: 5, column: 1 });
  });

  it('points an unclosed string at its opening quote', () => {
    const [d] = parseFrontMatter('c.md', '---\ntitle: A\nsummary: "open\nmore: x\n---\n').diagnostics;
    expect(d).toMatchObject({ rule: 'yaml-syntax', line: 3, column: 10 });
    expect(d!.message).toContain('closing `"`');
  });

  it('falls back to the yaml library for YAML outside the fast subset', () => {
    const fm = parseFrontMatter('c.md', '---\ntitle: &t A\nsummary: *t\n---\n');
    expect(fm.diagnostics).toEqual([]);
    expect(fm.data).toEqual({ title: 'A', summary: 'A' });
  });

  it('stops alias bombs and keeps __proto__ a plain key', () => {
    const bomb = '---\na: &a [x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b]\n---\n';
    expect(parseFrontMatter('c.md', bomb).diagnostics[0]).toMatchObject({ rule: 'yaml-syntax', line: 2 });
    const proto = parseFrontMatter('c.md', '---\n__proto__: {x: 1}\ntitle: A\n---\n');
    expect(Object.getPrototypeOf(proto.data)).toBe(Object.prototype);
    expect(Object.keys(proto.data!)).toEqual(['__proto__', 'title']);
  });

  it('reports a missing opening fence and an unclosed block', () => {
    expect(parseFrontMatter('c.md', 'Just text').diagnostics[0]).toMatchObject({ rule: 'missing-field', line: 1 });
    expect(parseFrontMatter('c.md', '---\ntitle: A\n').diagnostics[0]).toMatchObject({ rule: 'yaml-syntax', line: 1 });
  });

  it('places nothing inside front-matter that did not parse, so it never reads it as a document', () => {
    // Unclosed: the whole file would be the YAML, here 20,000 lines the yaml library takes seconds over.
    const unclosed = parseFrontMatter('c.md', `---\ntitle: A\n${'*a\n'.repeat(20_000)}`);
    expect(unclosed.data).toBeNull();
    expect(unclosed.locate(['title'], 'key')).toEqual({ line: 1, column: 1 });
    const broken = parseFrontMatter('c.md', '---\ntitle: [A\nsummary: B\n---\n');
    expect(broken.data).toBeNull();
    expect(broken.locate(['summary'])).toEqual({ line: 1, column: 1 });
  });
});
