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
      'concepts/b.md prerequisite-cycle',
      'concepts/b.md unknown-prerequisite',
      'concepts/c.md prerequisite-cycle',
    ]);

    const whole = linkContent({ facts, assets: null });
    expect(whole.graph.ids).toEqual(linked.graph.ids);
    expect([...whole.graph.prereqTargets]).toEqual([...linked.graph.prereqTargets]);
    expect(whole.diagnostics.map((d) => `${d.file} ${d.rule}`).sort()).toEqual([
      'concepts/a.md prerequisite-cycle',
      'concepts/b.md prerequisite-cycle',
      'concepts/b.md unknown-prerequisite',
      'concepts/c.md prerequisite-cycle',
      'concepts/d.md orphan',
    ]);
    expect(whole.roadmaps.map((r) => r.concepts)).toEqual([['a']]);
  });

  it('places a long cycle on each of its entries, naming it by its ends', () => {
    const ring = Array.from({ length: 20 }, (_, i) => ({
      path: `concepts/c${String(i).padStart(2, '0')}.md`,
      text: `---\ntitle: C${i}\nsummary: S.\nprerequisites: [c${String((i + 1) % 20).padStart(2, '0')}]\n---\n`,
    })).map(analyseFile);
    const cycles = linkConcepts({ facts: ring, assets: null }).diagnostics.filter((d) => d.rule === 'prerequisite-cycle');
    expect(cycles.map((d) => `${d.file}:${d.line}:${d.column}`)).toEqual(ring.map((f) => `${f.path}:4:17`));
    expect(cycles[3]!.message).toBe(
      'Expected prerequisites without cycles, found `c00` → `c01` → `c02` → `c03` → `c04` → … → `c17` → `c18` → `c19` → `c00` (20 concepts, each needs the next); this entry makes `c03` need `c04`.',
    );
    expect(new Set(cycles.map((d) => d.actual))).toEqual(new Set(['c00 → c01 → c02 → c03 → c04 → … → c17 → c18 → c19 → c00']));
  });
});
