import { describe, expect, it } from 'vitest';
import { editDistance } from '../../../src/core/text/editDistance';
import { suggestIds } from '../../../src/core/planner/suggestIds';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions, stopping past the limit', () => {
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    expect(editDistance('same', 'same', 0)).toBe(0);
    expect(editDistance('abc', 'abcdefgh', 2)).toBe(3);
  });
});

describe('suggestIds', () => {
  const ids = ['backpropagation', 'backpropagation-through-time', 'vectors', 'vector-norms', 'matrices'];

  it('suggests ids within a few edits, closest first', () => {
    expect(suggestIds(ids, 'backpropogation')).toEqual(['backpropagation']);
    expect(suggestIds(ids, 'vectros')).toEqual(['vectors']);
  });

  it('suggests ids holding every word of the query before looser matches', () => {
    expect(suggestIds(['convolution', 'convolutional-neural-nets', 'recurrent-neural-nets'], 'convolutional-nets')).toEqual([
      'convolutional-neural-nets',
      'convolution',
    ]);
  });

  it('matches other forms of a word, whole ids before ids with more words', () => {
    expect(suggestIds(['jacobian-matrix', 'matrix-multiplication', 'matrices', 'metric-spaces'], 'matrix')).toEqual([
      'matrices',
      'jacobian-matrix',
      'matrix-multiplication',
    ]);
    expect(suggestIds(['recurrent-neural-networks', 'networking'], 'recurrent-network')).toEqual(['recurrent-neural-networks']);
    // Words under five letters match only exactly: `nets` is not a form of `nest`.
    expect(suggestIds(['nest-eggs'], 'nets')).toEqual([]);
  });

  it('suggests ids that contain the query or that it starts with', () => {
    expect(suggestIds(ids, 'backprop')).toEqual(['backpropagation', 'backpropagation-through-time']);
    expect(suggestIds(ids, 'matrices-and-more')).toEqual(['matrices']);
  });

  it('ignores case, caps the count and suggests nothing for nothing', () => {
    expect(suggestIds(ids, 'VECTORS')).toEqual(['vectors', 'vector-norms']);
    expect(suggestIds(ids, 'vector', 1)).toEqual(['vectors']);
    expect(suggestIds(ids, '')).toEqual([]);
    expect(suggestIds(ids, 'zzzzzz')).toEqual([]);
  });
});
