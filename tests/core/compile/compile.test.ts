import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/core/compile/compile';
import type { SourceFile } from '../../../src/core/model/SourceFile';
import { prerequisitesOf } from '../../../src/core/graph/buildGraph';

const concept = (id: string, front: string, body = ''): SourceFile => ({
  path: `concepts/${id}.md`,
  text: `---\ntitle: ${id.toUpperCase()}\nsummary: About ${id}.\n${front}---\n${body}`,
});
const roadmap: SourceFile = {
  path: 'roadmaps/r.md',
  text: '---\ntitle: R\nsummary: S.\n---\n[[c]] [[b]] [again](c) ![x](../assets/x.png)\n',
};

describe('compile', () => {
  const files = [
    concept(
      'a',
      'resources:\n  - {title: T, url: "https://x.org", kind: book, free: true, minutes: 40}\n  - {title: U, url: "https://y.org", kind: video, free: false, minutes: 15, core: false}\n',
    ),
    concept('b', 'prerequisites:\n  - id: old-a\n    reason: Because.\n'),
    concept('c', 'prerequisites: [a, b]\nminutes: 90\n', '## Part\n\nSee [[b]].\n'),
    concept('d', 'aliases: [old-a-not]\n'),
    { path: 'concepts/a.md', text: '' },
  ].slice(0, 4);
  files[0] = { ...files[0]!, text: files[0]!.text.replace('summary', 'aliases: [old-a]\nsummary') };
  const result = compile([...files, roadmap, { path: 'site.yaml', text: 'title: Site\ndescription: D.\nfeaturedRoadmap: r\n' }], {
    assets: ['assets/x.png'],
  });

  it('builds metadata with estimates: minutes, else core minutes, else the default', () => {
    expect(result.concepts.map((c) => [c.id, c.estimate])).toEqual([
      ['a', 40],
      ['b', 30],
      ['c', 90],
      ['d', 30],
    ]);
    expect(result.concepts[0]!.resources.map((r) => r.core)).toEqual([true, false]);
  });

  it('resolves prerequisites given by alias to current ids, and builds the graph from them', () => {
    expect(result.concepts[1]!.prerequisites).toEqual([{ id: 'a', reason: 'Because.' }]);
    const c = result.graph.index.get('c')!;
    expect([...prerequisitesOf(result.graph, c)].map((i) => result.graph.ids[i])).toEqual(['a', 'b']);
    expect(result.graph.index.get('old-a')).toBe(result.graph.index.get('a'));
  });

  it("lists a roadmap's concepts in order of first link", () => {
    expect(result.roadmaps).toEqual([{ id: 'r', file: 'roadmaps/r.md', title: 'R', summary: 'S.', concepts: ['c', 'b'] }]);
    expect(result.site).toEqual({ title: 'Site', description: 'D.', featuredRoadmap: 'r' });
  });

  it('renders every body under its key', () => {
    expect([...result.bodies.keys()]).toEqual(['concepts/a', 'concepts/b', 'concepts/c', 'concepts/d', 'roadmaps/r']);
    expect(result.bodies.get('concepts/c')!.links).toEqual(['b']);
    expect(result.bodies.get('roadmaps/r')!.html).toContain('<img src="/content/assets/x.png" alt="x">');
  });

  it('reports only the orphan', () => {
    expect(result.diagnostics.map((d) => [d.file, d.rule])).toEqual([['concepts/d.md', 'orphan']]);
  });

  it('skips rendering when asked, and still checks the graph', () => {
    const quick = compile([concept('a', 'prerequisites: [zz]\n')], { render: false });
    expect(quick.bodies.size).toBe(0);
    expect(quick.diagnostics.map((d) => d.rule)).toEqual(['orphan', 'unknown-prerequisite']);
  });

  it('sorts diagnostics by file, line and column', () => {
    const { diagnostics } = compile([concept('b', 'prerequisites: [zz, b]\n', '[[nope]]'), concept('a', 'prerequisities: []\n')]);
    const keys = diagnostics.map((d) => [d.file, d.line, d.column]);
    expect(keys).toEqual(
      [...keys].sort((x, y) =>
        x[0]! < y[0]! ? -1 : x[0]! > y[0]! ? 1 : (x[1] as number) - (y[1] as number) || (x[2] as number) - (y[2] as number),
      ),
    );
    expect(diagnostics.length).toBeGreaterThanOrEqual(5);
  });

  it('warns about the first ten unknown fields one by one, then about the rest together', () => {
    const fields = Array.from({ length: 25 }, (_, i) => `extra${i}: x\n`).join('');
    const warnings = compile([concept('a', fields)], { render: false }).diagnostics.filter((d) => d.rule === 'unknown-field');
    expect(warnings).toHaveLength(11);
    expect(warnings.slice(0, 10).map((d) => d.actual)).toEqual(Array.from({ length: 10 }, (_, i) => `extra${i}`));
    expect(warnings[10]).toMatchObject({
      line: 14,
      column: 1,
      message: expect.stringContaining('found 15 more unknown fields from `extra10` on'),
    });
  });

  it('refuses front-matter of thousands of lines with one message, and reports at most five YAML errors', () => {
    const long = compile([concept('a', 'tags: [x]\n'.repeat(6000))], { render: false }).diagnostics.filter((d) => d.rule === 'yaml-syntax');
    expect(long).toMatchObject([{ line: 1, message: expect.stringContaining('at most 5000 lines, found 6003') }]);
    const broken = compile([concept('a', '*a\n'.repeat(3000))], { render: false }).diagnostics.filter((d) => d.rule === 'yaml-syntax');
    expect(broken).toHaveLength(5);
  });

  it('compiles nothing into an empty, default site', () => {
    const empty = compile([]);
    expect(empty).toMatchObject({ concepts: [], roadmaps: [], courses: [], diagnostics: [], site: { title: 'Roadmaps' } });
  });
});

describe('math in front-matter texts', () => {
  const variance: SourceFile = {
    path: 'concepts/variance.md',
    text: [
      '---',
      'title: Variance',
      'summary: The spread of $X$.',
      'prerequisites:',
      '  - id: average',
      '    reason: The square of $x - \\mu$ is averaged.',
      'goals:',
      '  - Say it in words.',
      '  - Compute $\\operatorname{Var}(aX) = a^2 \\operatorname{Var}(X)$.',
      '---',
      '',
    ].join('\n'),
  };
  const result = compile([concept('mean', 'aliases: [average]\n'), variance]);

  it('renders the math of summaries, goals and reasons at build time, and only where there is math', () => {
    const [mean, rendered] = result.concepts;
    expect(mean!.html).toBeUndefined();
    expect(rendered!.summary).toBe('The spread of $X$.');
    expect(rendered!.html?.summary).toMatch(/^The spread of <span class="katex">.*<\/span>\.$/s);
    expect(Object.keys(rendered!.html?.goals ?? {})).toEqual(['1']);
    expect(rendered!.html?.goals?.[1]).toContain('class="katex"');
    // The reason's HTML follows its prerequisite when the alias resolves to the current id.
    expect(rendered!.prerequisites).toEqual([
      { id: 'mean', reason: 'The square of $x - \\mu$ is averaged.', reasonHtml: expect.stringContaining('class="katex"') },
    ]);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
