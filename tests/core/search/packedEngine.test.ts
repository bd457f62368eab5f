import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { loadPackedEngine, packEngine } from '../../../src/core/search/packedEngine';

const options = { fields: ['text', 'title'] };
const docs = [
  { id: 0, text: 'alpha beta beta', title: 'even' },
  { id: 1, text: 'beta gamma', title: 'odd beta' },
  { id: 2, text: 'alpha', title: 'even' },
  { id: 3, text: 'gamma gamma gamma delta', title: 'odd beta' },
];

/** An engine's JSON with its terms in order: the order they were added in is no part of it. */
function jsonOf(engine: MiniSearch) {
  const json = engine.toJSON();
  return JSON.parse(JSON.stringify({ ...json, index: json.index.sort(([a], [b]) => (a < b ? -1 : 1)) }));
}

function engine() {
  const built = new MiniSearch(options);
  built.addAll(docs);
  return built;
}

describe('packEngine and loadPackedEngine', () => {
  it('load through JSON an engine that serialises to the same JSON and searches the same', () => {
    const built = engine();
    const loaded = loadPackedEngine(JSON.parse(JSON.stringify(packEngine(built.toJSON()))), options);
    expect(jsonOf(loaded)).toEqual(jsonOf(built));
    for (const query of ['beta', 'gam', 'alpha odd']) {
      expect(loaded.search(query, { prefix: true }), query).toEqual(built.search(query, { prefix: true }));
    }
  });

  it('send frequencies only for the fields of terms that need them', () => {
    const { terms } = packEngine(engine().toJSON());
    expect(terms.find(([term]) => term === 'alpha')).toEqual(['alpha', 0, [0, 2]]);
    expect(terms.find(([term]) => term === 'beta')).toEqual(['beta', 0, [0, 1], [2, 1], 1, [1, 2]]);
  });

  it('refuse an engine whose documents are not numbered by position', () => {
    const built = new MiniSearch({ fields: ['text'] });
    built.addAll([{ id: 'b', text: 'beta' }]);
    expect(() => packEngine(built.toJSON())).toThrow(/Expected document 0 to have id 0, found b/);
  });

  it('refuse frequencies that do not match the documents', () => {
    const packed = packEngine(engine().toJSON());
    expect(() => loadPackedEngine({ ...packed, terms: [['beta', 0, [0, 1], [2]]] }, options)).toThrow(
      /a frequency per document for "beta"/,
    );
  });
});
