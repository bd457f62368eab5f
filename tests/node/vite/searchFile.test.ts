import { describe, expect, it } from 'vitest';
import { loadSearchIndex } from '../../../src/core/search';
import { searchFile } from '../../../src/node/vite/searchFile';
import { fixtureConcepts } from '../../ui/fixtures/fixtureIndex';

describe('searchFile', () => {
  it('names the prebuilt index by its content, under the base, and ships what the app loads', () => {
    const file = searchFile(fixtureConcepts, '/course');
    expect(file.fileName).toMatch(/^content\/search\.[0-9a-f]{10}\.json$/);
    expect(file.url).toBe(`/course/${file.fileName}`);
    expect(searchFile(fixtureConcepts, '').url).toBe(`/${file.fileName}`);
    expect(loadSearchIndex(JSON.parse(file.source)).search('backprop')[0]?.id).toBe('backpropagation');
  });

  it('gives new content a new name, and the same content the same one', () => {
    const renamed = fixtureConcepts.map((c) => (c.id === 'vectors' ? { ...c, title: 'Vectors, revised' } : c));
    expect(searchFile(fixtureConcepts, '').fileName).toBe(searchFile([...fixtureConcepts], '').fileName);
    expect(searchFile(renamed, '').fileName).not.toBe(searchFile(fixtureConcepts, '').fileName);
  });
});
