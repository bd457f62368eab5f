import { describe, expect, it, vi } from 'vitest';
import * as analyseBody from '../../../src/core/markdown/analyseBody';
import * as renderTextMath from '../../../src/core/markdown/renderTextMath';
import { createContentCompiler } from '../../../src/core/compile/createContentCompiler';

// Spied on to see which bodies get parsed (the module namespace is not writable otherwise).
vi.mock('../../../src/core/markdown/analyseBody', async (original) => {
  const actual = await original<typeof analyseBody>();
  return { ...actual, analyseBody: vi.fn(actual.analyseBody) };
});

vi.mock('../../../src/core/markdown/renderTextMath', async (original) => {
  const actual = await original<typeof renderTextMath>();
  return { ...actual, renderTextMath: vi.fn(actual.renderTextMath) };
});

const file = (id: string, title: string, front = '', body = '') => ({
  path: `concepts/${id}.md`,
  text: `---\ntitle: ${title}\nsummary: S.\n${front}---\n${body}`,
});

describe('createContentCompiler', () => {
  it('re-checks the graph after each change and ignores unchanged saves', () => {
    const compiler = createContentCompiler();
    compiler.setFile(file('a', 'A'));
    compiler.setFile(file('b', 'B', 'prerequisites: [a]\n'));
    expect(compiler.state().diagnostics.map((d) => d.rule)).toEqual(['orphan']);
    expect(compiler.setFile(file('b', 'B', 'prerequisites: [a]\n'))).toBe(false);
    compiler.setFile(file('a', 'A', 'prerequisites: [b]\n'));
    expect(compiler.state().diagnostics.map((d) => `${d.file} ${d.rule}`)).toEqual([
      'concepts/a.md prerequisite-cycle',
      'concepts/b.md prerequisite-cycle',
    ]);
    expect(compiler.deleteFile('concepts/b.md')).toBe(true);
    expect(compiler.deleteFile('concepts/b.md')).toBe(false);
    expect(compiler.state().diagnostics.map((d) => d.rule)).toEqual(['orphan', 'unknown-prerequisite']);
  });

  it('places a cycle on every entry of it, named from the file edited last', () => {
    const compiler = createContentCompiler();
    compiler.setFile(file('a', 'A', 'prerequisites: [b]\n'));
    compiler.setFile(file('b', 'B', 'prerequisites: [c]\n'));
    compiler.setFile(file('c', 'C', 'tags: [x]\nprerequisites: [a]\n'));
    const cycles = () =>
      compiler
        .state()
        .diagnostics.filter((d) => d.rule === 'prerequisite-cycle')
        .map((d) => `${d.file}:${d.line}:${d.column} ${d.actual}`);
    // Nothing edited since the first check (as in `npm run check`): named from the first concept.
    expect(cycles()).toEqual(['concepts/a.md:4:17 a → b → c → a', 'concepts/b.md:4:17 a → b → c → a', 'concepts/c.md:5:17 a → b → c → a']);
    compiler.setFile(file('c', 'C', 'tags: [y]\nprerequisites: [a]\n'));
    expect(cycles()).toEqual(['concepts/a.md:4:17 c → a → b → c', 'concepts/b.md:4:17 c → a → b → c', 'concepts/c.md:5:17 c → a → b → c']);
    expect(compiler.state().diagnostics.find((d) => d.file === 'concepts/c.md')!.message).toBe(
      'Expected prerequisites without cycles, found `c` → `a` → `b` → `c` (each needs the next); this entry makes `c` need `a`.',
    );
    compiler.setFile(file('b', 'B', '\nprerequisites: [c]\n'));
    expect(cycles()).toEqual(['concepts/a.md:4:17 b → c → a → b', 'concepts/b.md:5:17 b → c → a → b', 'concepts/c.md:5:17 b → c → a → b']);
    // An edit outside the cycle leaves it named from the last file of it that was edited.
    compiler.setFile(file('d', 'D'));
    expect(cycles()[0]).toBe('concepts/a.md:4:17 b → c → a → b');
  });

  it('caches renders until a linked title changes, then reports the body stale once', () => {
    const compiler = createContentCompiler();
    compiler.setFile(file('a', 'A'));
    compiler.setFile(file('b', 'B', '', '[[a]]'));
    const first = compiler.renderBody('concepts/b')!;
    expect(first.html).toContain('>A</a>');
    expect(compiler.renderBody('concepts/b')).toBe(first);
    compiler.setFile(file('a', 'A renamed'));
    expect(compiler.takeStaleBodies()).toEqual(['concepts/b']);
    expect(compiler.takeStaleBodies()).toEqual([]);
    expect(compiler.renderBody('concepts/b')!.html).toContain('>A renamed</a>');
  });

  it('learns body diagnostics as bodies are rendered, and re-checks their links after a change', () => {
    const compiler = createContentCompiler();
    compiler.setFile(file('a', 'A', '', '[[b]]'));
    expect(compiler.unanalysed()).toEqual(['concepts/a']);
    expect(compiler.state().diagnostics.map((d) => d.rule)).toEqual(['orphan']);
    compiler.renderBody('concepts/a');
    expect(compiler.unanalysed()).toEqual([]);
    expect(compiler.state().diagnostics.map((d) => d.rule)).toEqual(['orphan', 'broken-link']);
    compiler.setFile(file('b', 'B'));
    expect(compiler.state().diagnostics.map((d) => `${d.file} ${d.rule}`)).toEqual(['concepts/a.md orphan', 'concepts/b.md orphan']);
  });

  it('re-checks links to assets when the asset list changes', () => {
    const compiler = createContentCompiler([]);
    compiler.setFile({ path: 'roadmaps/r.md', text: '---\ntitle: R\nsummary: S.\n---\n![A](../assets/x.png)' });
    expect(compiler.state().diagnostics.map((d) => d.rule)).toEqual(['broken-link']);
    compiler.setAssets(['assets/x.png']);
    expect(compiler.state().diagnostics).toEqual([]);
  });

  it('keeps the graph when an edit leaves prerequisites alone, and patches it when they change', () => {
    const compiler = createContentCompiler();
    for (const id of ['a', 'b', 'c']) compiler.setFile(file(id, id.toUpperCase(), id === 'a' ? '' : 'prerequisites: [a]\n'));
    const before = compiler.state().graph;
    compiler.setFile(file('b', 'B', 'prerequisites: [a]\n', 'new body'));
    const same = compiler.state().graph;
    expect(same.prereqTargets).toBe(before.prereqTargets);
    compiler.setFile(file('c', 'C', 'prerequisites: [a, b]\n'));
    const patched = compiler.state().graph;
    expect(patched.prereqTargets).not.toBe(before.prereqTargets);
    expect([...patched.prereqTargets]).toEqual([0, 0, 1]);
    expect(patched.concepts[2]!.prerequisites.map((p) => p.id)).toEqual(['a', 'b']);
  });

  it('checks the concept graph without parsing any body, then parses roadmap bodies for the whole state', () => {
    const analyse = vi.mocked(analyseBody.analyseBody);
    analyse.mockClear();
    const compiler = createContentCompiler();
    compiler.setFile(file('a', 'A', '', '[[nowhere]]'));
    compiler.setFile(file('b', 'B', 'prerequisites: [a, missing]\n'));
    compiler.setFile({ path: 'roadmaps/r.md', text: '---\ntitle: R\nsummary: S.\n---\n[[b]] and [[gone]]' });
    const linked = compiler.concepts();
    expect(analyse).not.toHaveBeenCalled();
    expect(linked.graph.ids).toEqual(['a', 'b']);
    expect(linked.diagnostics.map((d) => d.rule)).toEqual(['unknown-prerequisite']);
    expect(compiler.concepts()).toBe(linked);

    const state = compiler.state();
    expect(analyse).toHaveBeenCalledTimes(1);
    expect(state.roadmaps[0]!.concepts).toEqual(['b']);
    expect(state.diagnostics.map((d) => `${d.file} ${d.rule}`)).toEqual([
      'concepts/b.md unknown-prerequisite',
      'roadmaps/r.md broken-link',
    ]);
    // After the whole state, the graph is the one it holds; a change makes both anew.
    expect(compiler.concepts().graph).toBe(state.graph);
    compiler.setFile(file('c', 'C', 'prerequisites: [b]\n'));
    expect(compiler.concepts().graph.ids).toEqual(['a', 'b', 'c']);
    expect(compiler.state().roadmaps[0]!.concepts).toEqual(['b']);
    expect(analyse).toHaveBeenCalledTimes(1);
  });

  it('renders front-matter math for the whole state, not for the graph, and once per version of a file', () => {
    const math = vi.mocked(renderTextMath.renderTextMath);
    math.mockClear();
    const compiler = createContentCompiler();
    compiler.setFile({ path: 'concepts/v.md', text: '---\ntitle: V\nsummary: The spread of $X$.\n---\n' });
    compiler.setFile(file('a', 'A'));
    expect(compiler.concepts().concepts.find((c) => c.id === 'v')!.html).toBeUndefined();
    expect(math).not.toHaveBeenCalled();
    const rendered = compiler.state().concepts.find((c) => c.id === 'v')!;
    expect(rendered.html?.summary).toContain('class="katex"');
    expect(math).toHaveBeenCalledTimes(1);
    // Another file's new title re-checks everything; this file's math is not rendered again.
    compiler.setFile(file('a', 'A renamed'));
    expect(compiler.state().concepts.find((c) => c.id === 'v')).toBe(rendered);
    expect(math).toHaveBeenCalledTimes(1);
    compiler.setFile({ path: 'concepts/v.md', text: '---\ntitle: V\nsummary: The spread of $Y$.\n---\n' });
    expect(compiler.state().concepts.find((c) => c.id === 'v')!.html?.summary).toContain('Y');
    expect(math).toHaveBeenCalledTimes(2);
  });
});
