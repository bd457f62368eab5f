import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/graph/buildGraph';
import { planFor } from '../../../src/core/planner/planFor';
import type { ProgressState } from '../../../src/core/progress/Progress';
import { graphNodes } from '../../../src/core/views/graphNodes';
import { planGraph } from '../../../src/core/views/planGraph';
import { fixtureConcepts } from '../../ui/fixtures/fixtureIndex';

const graph = buildGraph(fixtureConcepts);
const at = (...ids: string[]) => ids.map((id) => graph.index.get(id)!);

describe('graphNodes', () => {
  it('gives each concept its title and state, and emphasises a centre', () => {
    const states = new Map<string, ProgressState>([['vectors', 'known']]);
    expect(graphNodes(graph, at('matrices', 'vectors'), states, { centre: 0 })).toEqual([
      { id: 'matrices', title: 'Matrices', state: 'ready', emphasis: true },
      { id: 'vectors', title: 'Vectors', state: 'known' },
    ]);
  });

  it("numbers a plan's steps, marks its targets, and shows its known boundary as known", () => {
    const result = planFor(graph, ['linear-regression'], new Set(['vectors']));
    if (!result.ok) throw new Error(result.error.message);
    const { steps } = result.plan;
    const sub = planGraph(
      graph,
      steps.map((s) => s.id),
      true,
    );
    const nodes = graphNodes(graph, sub.indices, new Map(), { steps, assumed: new Set(['vectors']) });
    // Every step's state agrees with the plan's own `ready`, whatever the learner has marked.
    steps.forEach((step, k) =>
      expect(nodes[k]).toMatchObject({ id: step.id, step: k + 1, emphasis: step.isTarget, state: step.ready ? 'ready' : 'later' }),
    );
    expect(nodes.slice(steps.length).map((n) => [n.id, n.state])).toEqual([['vectors', 'known']]);
  });
});
