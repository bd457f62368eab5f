import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/graph/buildGraph';
import { decodeGraph } from '../../../src/core/graph/decodeGraph';
import { encodeGraph } from '../../../src/core/graph/encodeGraph';
import { toConceptNode } from '../../../src/core/graph/toConceptNode';
import { asConceptId } from '../../../src/core/model/ConceptId';
import { concept } from '../planner/graphOf';
import { randomGraph } from '../planner/randomGraph';

describe('the graph file', () => {
  it('decodes to a graph equal to the one it was encoded from', () => {
    fc.assert(
      fc.property(randomGraph(), (random) => {
        const original = buildGraph(random.metas.map(toConceptNode));
        const decoded = decodeGraph(JSON.parse(JSON.stringify(encodeGraph(random.metas.map(toConceptNode)))));
        if (typeof decoded === 'string') throw new Error(decoded);
        const graph = buildGraph(decoded);
        expect(graph.ids).toEqual(original.ids);
        expect(Array.from(graph.prereqOffsets)).toEqual(Array.from(original.prereqOffsets));
        expect(Array.from(graph.prereqTargets)).toEqual(Array.from(original.prereqTargets));
        expect(graph.concepts.map((c) => [c.title, c.estimate, c.prerequisites])).toEqual(
          original.concepts.map((c) => [c.title, c.estimate, c.prerequisites]),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('keeps aliases, reasons with math, the quiz question, and drops prerequisites the site lacks', () => {
    const a = { ...concept('a', []), aliases: [asConceptId('old-a')] };
    const b = {
      ...concept('b', [['a', 'It needs a.']]),
      prerequisites: [
        { id: asConceptId('a'), reason: 'It needs $x$.', reasonHtml: '<span class="katex">x</span>' },
        { id: asConceptId('gone') },
      ],
      checks: [
        { kind: 'recall' as const, question: 'Q', answer: 'A' },
        { kind: 'choice' as const, question: 'Q', choices: ['x', 'y'], correct: 1 },
      ],
    };
    const data = encodeGraph([a, b].map(toConceptNode));
    expect(data.nodes[1]).toEqual({
      i: 'b',
      t: b.title,
      e: b.estimate,
      p: [0],
      r: { 0: 'It needs $x$.' },
      h: { 0: '<span class="katex">x</span>' },
      q: 1,
    });
    const nodes = decodeGraph(data);
    if (typeof nodes === 'string') throw new Error(nodes);
    expect(nodes[0]!.aliases).toEqual(['old-a']);
    expect(nodes[1]).toMatchObject({
      quizCheck: 1,
      prerequisites: [{ id: 'a', reason: 'It needs $x$.', reasonHtml: '<span class="katex">x</span>' }],
    });
  });

  it('says what is wrong with a damaged file instead of passing it on', () => {
    expect(decodeGraph(null)).toMatch(/not one this app can read/);
    expect(decodeGraph({ version: 2, nodes: [] })).toMatch(/not one this app can read/);
    expect(decodeGraph({ version: 1, nodes: [{ i: 'Bad Id', t: 'x', e: 1 }] })).toMatch(/valid id/);
    expect(decodeGraph({ version: 1, nodes: [{ i: 'a', t: 'A', e: -1 }] })).toMatch(/entry for a is damaged/);
    expect(decodeGraph({ version: 1, nodes: [{ i: 'a', t: 'A', e: 1, p: [3] }] })).toMatch(/names a prerequisite it does not have/);
    expect(decodeGraph({ version: 1, nodes: [{ i: 'a', t: 'A', e: 1, r: { 0: 5 } }] })).toMatch(/damaged/);
  });
});
