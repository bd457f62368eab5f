import { describe, expect, it } from 'vitest';
import type { ContentIndex } from '../../../src/core/model/ContentIndex';
import { toContentUpdate } from '../../../src/core/compile/toContentUpdate';

const index: ContentIndex = {
  site: { title: 'S', description: 'D' },
  roadmaps: [],
  courses: [],
  diagnostics: [{ file: 'concepts/a.md', line: 5, column: 1, severity: 'warning', rule: 'missing-alt', message: 'Expected alt text.' }],
  bodies: { 'concepts/a': '/content/concepts/a.v2.json', 'concepts/b': '/content/concepts/b.v1.json' },
  graph: '/content/graph.json',
  search: '/content/search.json',
  conceptData: '/content/concepts/',
  roadmapPlans: {},
};

describe('toContentUpdate', () => {
  it('sends the whole index when metadata changed', () => {
    const update = { index, changed: ['concepts/a'] };
    expect(toContentUpdate(update, true)).toBe(update);
  });

  it('sends only the changed body URLs and the diagnostics when it did not', () => {
    expect(toContentUpdate({ index, changed: ['concepts/a', 'concepts/gone'] }, false)).toEqual({
      patch: { bodies: { 'concepts/a': '/content/concepts/a.v2.json' }, diagnostics: index.diagnostics },
      changed: ['concepts/a', 'concepts/gone'],
    });
  });
});
