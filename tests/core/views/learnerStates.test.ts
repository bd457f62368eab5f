import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/graph/buildGraph';
import { learnerStates } from '../../../src/core/views/learnerStates';
import type { ProgressState } from '../../../src/core/progress/Progress';
import { fixtureConcepts } from '../../ui/fixtures/fixtureIndex';

const graph = buildGraph(fixtureConcepts);
const at = (...ids: string[]) => ids.map((id) => graph.index.get(id)!);

describe('learnerStates', () => {
  it('keeps what the learner marked and tells ready from not yet by the prerequisites', () => {
    const states = new Map<string, ProgressState>([
      ['vectors', 'known'],
      ['derivatives', 'learning'],
    ]);
    expect(learnerStates(graph, at('vectors', 'derivatives', 'matrices', 'chain-rule', 'backpropagation'), states)).toEqual([
      'known',
      'learning',
      'ready',
      'later',
      'later',
    ]);
  });

  it('counts a concept without prerequisites as ready', () => {
    expect(learnerStates(graph, at('vectors'), new Map())).toEqual(['ready']);
  });

  it('counts what a plan assumes as known, for the concept and for what needs it', () => {
    const assumed = new Set(['derivatives']);
    expect(learnerStates(graph, at('derivatives', 'chain-rule'), new Map(), assumed)).toEqual(['known', 'ready']);
    // The learner's own "learning" gives way to a plan's assumption, as a plan's known boundary shows.
    expect(learnerStates(graph, at('derivatives'), new Map([['derivatives', 'learning']]), assumed)).toEqual(['known']);
  });
});
