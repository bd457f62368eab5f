import { describe, expect, it } from 'vitest';
import { analyseFile } from '../../../src/core/compile/analyseFile';
import { linkConcepts } from '../../../src/core/compile/linkConcepts';
import { linkContent } from '../../../src/core/compile/linkContent';

const facts = [
  { path: 'concepts/a.md', text: '---\ntitle: A\nsummary: S.\nprerequisites: [c]\n---\n' },
  { path: 'concepts/b.md', text: '---\ntitle: B\nsummary: S.\nprerequisites: [a, nope]\n---\n' },
  { path: 'concepts/c.md', text: '---\ntitle: C\nsummary: S.\nprerequisites: [b]\n---\n' },
  { path: 'concepts/d.md', text: '---\ntitle: D\nsummary: S.\n---\n' },
  { path: 'roadmaps/r.md', text: '---\ntitle: R\nsummary: S.\n---\n[[a]] [[zzz]]\n' },
].map(analyseFile);

describe('linkConcepts', () => {
  it('checks prerequisites and cycles from front-matter, and leaves roadmap links and orphans to linkContent', () => {
    const linked = linkConcepts({ facts, assets: null });
    expect(linked.graph.ids).toEqual(['a', 'b', 'c', 'd']);
    expect(linked.diagnostics.map((d) => `${d.file} ${d.rule}`).sort()).toEqual([
      'concepts/a.md prerequisite-cycle',
      'concepts/b.md unknown-prerequisite',
    ]);

    const whole = linkContent({ facts, assets: null });
    expect(whole.graph.ids).toEqual(linked.graph.ids);
    expect([...whole.graph.prereqTargets]).toEqual([...linked.graph.prereqTargets]);
    expect(whole.diagnostics.map((d) => `${d.file} ${d.rule}`).sort()).toEqual([
      'concepts/a.md prerequisite-cycle',
      'concepts/b.md unknown-prerequisite',
      'concepts/d.md orphan',
    ]);
    expect(whole.roadmaps.map((r) => r.concepts)).toEqual([['a']]);
  });
});
