import { describe, expect, it } from 'vitest';
import { pageForFile } from '../../../src/core/route/pageForFile';

describe('pageForFile', () => {
  it('names the page of a concept, roadmap or course file', () => {
    expect(pageForFile('concepts/chain-rule.md')).toEqual({ kind: 'concept', id: 'chain-rule' });
    expect(pageForFile('roadmaps/deep-learning.md')).toEqual({ kind: 'roadmap', id: 'deep-learning' });
    expect(pageForFile('courses/ml-101.md')).toEqual({ kind: 'course', id: 'ml-101' });
  });

  it('has none for other files or invalid names', () => {
    for (const file of ['site.yaml', 'concepts/Chain_Rule.md', 'concepts/sub/a.md', 'assets/x.png', 'notes/a.md', 'concepts/a.txt']) {
      expect(pageForFile(file)).toBeUndefined();
    }
  });
});
