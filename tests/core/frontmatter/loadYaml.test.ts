import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BAIL, loadYaml } from '../../../src/core/frontmatter/loadYaml';
import { splitFrontMatter } from '../../../src/core/frontmatter/splitFrontMatter';

/** What the `yaml` library gives, or BAIL when it rejects the text (or returns no mapping). */
function reference(text: string): unknown {
  try {
    const value = parse(text, { uniqueKeys: true, strict: true, maxAliasCount: 50 });
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : BAIL;
  } catch {
    return BAIL;
  }
}

/** Where the yaml library reads a mapping, js-yaml must read the same one (or bail to it). */
function expectAgrees(text: string): void {
  const fast = loadYaml(text);
  const expected = reference(text);
  if (fast === BAIL || expected === BAIL) return;
  expect(fast, JSON.stringify(text)).toEqual(expected);
}

describe('loadYaml', () => {
  it('reads a typical concept front-matter exactly as the yaml library does', () => {
    const text = [
      'title: Backpropagation',
      'summary: >-',
      '  One to three sentences',
      '  on two lines.',
      '',
      '  A second paragraph.',
      'prerequisites:',
      '  - id: chain-rule',
      "    reason: It's the chain rule, applied layer by layer.",
      '  - vectors',
      'resources:',
      '  - title: "Chapter 2: How \\"it\\" works"',
      '    url: http://example.org/a#b # a comment',
      '    kind: chapter',
      '    free: true',
      '    minutes: 60',
      "    authors: [Michael Nielsen, 'O''Brien', \"x, y\"]",
      '    year: 2015',
      '  -   title: Deep Learning',
      '      core: false',
      '      note: |',
      '        Optional, more',
      '          formal treatment.',
      'goals:',
      '- Derive the backward pass by hand.',
      'aliases: []',
      'tags: [neural-networks]',
      'empty:',
      'tilde: ~',
      'ratio: 0.5',
      '',
    ].join('\n');
    const fast = loadYaml(text);
    expect(fast).not.toBe(BAIL);
    expect(fast).toEqual(reference(text));
    expect(fast).toMatchObject({ summary: 'One to three sentences on two lines.\nA second paragraph.', empty: null });
  });

  it('handles Windows line endings', () => {
    const text = 'title: A\r\nlist:\r\n  - a\r\n  - b\r\n';
    expect(loadYaml(text)).toEqual({ title: 'A', list: ['a', 'b'] });
  });

  it.each([
    ['a tag', 'a: !!str 1\n'],
    ['a flow mapping', 'a: {b: 1}\n'],
    ['a multi-line plain scalar', 'a: one\n  two\n'],
  ])('reads %s as the yaml library does', (_, text) => {
    expect(loadYaml(text)).toEqual(reference(text));
  });

  it('keeps __proto__ a plain key', () => {
    const data = loadYaml('__proto__: 1\ntitle: A\n');
    expect(data).not.toBe(BAIL);
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.keys(data as object)).toEqual(['__proto__', 'title']);
  });

  it.each([
    ['an alias (the yaml library limits how far aliases expand)', 'a: &x 1\nb: *x\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a nested mapping on one line', 'title: a: b\n'],
    ['an unclosed quote', 'a: "open\n'],
    ['tab indentation', 'a:\n\t- b\n'],
    ['a top-level list', '- a\n- b\n'],
    ['a bad indent', 'a:\n  - b\n c: 1\n'],
    ['an empty document', '\n'],
  ])('leaves %s to the yaml library', (_, text) => {
    expect(loadYaml(text)).toBe(BAIL);
  });

  it('agrees with the yaml library on generated documents (or bails)', () => {
    let parsed = 0;
    fc.assert(
      fc.property(yamlDocument(), (text) => {
        expectAgrees(text);
        if (loadYaml(text) !== BAIL) parsed++;
      }),
      { numRuns: 400 },
    );
    // The comparison means something only if many generated documents js-yaml reads.
    expect(parsed).toBeGreaterThan(120);
  });

  it('agrees with the yaml library on mutated documents (or bails)', () => {
    const mutated = fc
      .tuple(yamlDocument(), fc.nat(), fc.constantFrom(' ', '-', ':', '#', '"', "'", '\n', '  ', '\t', '[', ']', ',', '|', '>', '&', '*'))
      .map(([text, at, insert]) => text.slice(0, at % (text.length + 1)) + insert + text.slice(at % (text.length + 1)));
    // Broken flow collections (`[a,: b]`) are where the two libraries' leniencies differ; real
    // front-matter writes flow lists of plain words, which the generated documents cover.
    fc.assert(
      fc.property(
        mutated.filter((text) => !/[[{]/.test(text)),
        expectAgrees,
      ),
      { numRuns: 600 },
    );
  });

  it('reads every shipped front-matter exactly as the yaml library does', () => {
    const dir = fileURLToPath(new URL('../../../content/', import.meta.url));
    const files = ['site.yaml', ...['concepts', 'roadmaps', 'courses'].flatMap((d) => readdirSync(join(dir, d)).map((f) => join(d, f)))];
    for (const file of files) {
      const text = readFileSync(join(dir, file), 'utf8');
      const yaml = file.endsWith('.yaml') ? text : splitFrontMatter(text).yaml!;
      expect(loadYaml(yaml), file).toEqual(reference(yaml));
    }
    expect(files.length).toBeGreaterThan(100);
  });
});

/** Random front-matter-like YAML in the styles authors use. */
function yamlDocument(): fc.Arbitrary<string> {
  const word = fc.constantFrom(
    'alpha',
    'beta',
    'chain rule',
    'x-y',
    'C#',
    'a:b',
    'http://x.org/p?q=1',
    "it's",
    'TRUE',
    'null',
    '12',
    '0.5',
    '-3',
    '1e3',
    'yes',
    '~',
    '',
  );
  const scalar = fc.oneof(
    word.map((w) => ({ text: w, multiline: false })),
    word.map((w) => ({ text: JSON.stringify(w), multiline: false })),
    word.map((w) => ({ text: `'${w.replace(/'/g, "''")}'`, multiline: false })),
    fc
      .array(word, { maxLength: 3 })
      .map((ws) => ({ text: `[${ws.map((w) => (/^[a-z]+$/.test(w) ? w : JSON.stringify(w))).join(', ')}]`, multiline: false })),
    fc
      .tuple(
        fc.constantFrom('|', '|-', '>', '>-'),
        fc.array(fc.constantFrom('line one', 'line two', '', '  indented'), { minLength: 1, maxLength: 4 }),
      )
      .map(([h, ls]) => ({
        text: h,
        multiline: true,
        lines: ls,
      })),
  );
  const key = fc.constantFrom('title', 'summary', 'id', 'reason', 'kind', 'free', 'minutes', 'tags', 'x_1', 'a-b');
  const entry = fc.tuple(key, scalar, fc.constantFrom('', ' # note'), fc.boolean());
  const lines = (entries: [string, { text: string; multiline: boolean; lines?: string[] }, string, boolean][], indent: string) =>
    entries.flatMap(([k, v, comment, blank]) => [
      ...(blank ? [''] : []),
      `${indent}${k}: ${v.text}${v.multiline ? '' : comment}`,
      ...(v.lines ?? []).map((l) => (l === '' ? '' : `${indent}  ${l}`)),
    ]);
  const entries = (max: number) => fc.uniqueArray(entry, { minLength: 1, maxLength: max, selector: (e) => e[0] });
  const list = fc
    .tuple(fc.constantFrom('resources', 'prerequisites'), fc.array(entries(3), { minLength: 1, maxLength: 3 }), fc.constantFrom('  ', ''))
    .map(([k, items, pad]) => [
      `${k}:`,
      ...items.flatMap((item) => {
        const [first, ...rest] = lines(item, `${pad}  `);
        return [`${pad}- ${first!.trimStart()}`, ...rest];
      }),
    ]);
  return fc.tuple(entries(5), fc.option(list), fc.boolean()).map(([entries, maybeList, crlf]) => {
    const text = [...lines(entries, ''), ...(maybeList ?? []), ''].join('\n');
    return crlf ? text.replace(/\n/g, '\r\n') : text;
  });
}
