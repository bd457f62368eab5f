import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';

/**
 * One term's postings: the term, then for each field it occurs in, the field's id, the gaps
 * between the ascending short ids of the documents that have it, and, only when some document
 * has it more than once, the term's frequency in each.
 */
export type PackedTerm = readonly [term: string, ...postings: (number | readonly number[])[]];

/**
 * MiniSearch's `toJSON()`, packed. Its postings are objects keyed by document (`{"4821": 1}`);
 * as gaps between sorted ids they take a third of the bytes after gzip. Document ids are left out:
 * each document's id is its short id (its position), so they are rebuilt. Nothing is stored.
 */
export interface PackedEngine {
  readonly serializationVersion: number;
  readonly documentCount: number;
  readonly nextId: number;
  readonly dirtCount: number;
  readonly fieldIds: Readonly<Record<string, number>>;
  readonly averageFieldLength: readonly number[];
  /** By short id: the length of each field. */
  readonly fieldLength: readonly (readonly number[])[];
  readonly terms: readonly PackedTerm[];
}

/** Packs an engine whose documents' ids are their short ids (0, 1, 2… in the order added). */
export function packEngine(json: AsPlainObject): PackedEngine {
  const count = json.nextId;
  for (const [shortId, id] of Object.entries(json.documentIds)) {
    if (Number(shortId) !== id) throw new Error(`Expected document ${shortId} to have id ${shortId}, found ${String(id)}.`);
  }
  const terms = json.index.map(([term, fields]): PackedTerm => {
    const postings: (number | number[])[] = [];
    for (const [fieldId, entry] of Object.entries(fields)) {
      // Integer keys iterate in ascending order, so the gaps are never negative.
      const ids = Object.keys(entry).map(Number);
      const frequencies = Object.values(entry);
      postings.push(
        Number(fieldId),
        ids.map((id, i) => id - (ids[i - 1] ?? 0)),
      );
      if (frequencies.some((f) => f !== 1)) postings.push(frequencies);
    }
    return [term, ...postings];
  });
  return {
    serializationVersion: json.serializationVersion,
    documentCount: json.documentCount,
    nextId: json.nextId,
    dirtCount: json.dirtCount ?? 0,
    fieldIds: json.fieldIds,
    averageFieldLength: json.averageFieldLength,
    fieldLength: Array.from({ length: count }, (_, i) => json.fieldLength[i] ?? []),
    terms,
  };
}

function fail(what: string): never {
  throw new Error(`Expected ${what}.`);
}

const isCounts = (value: unknown): value is readonly number[] =>
  Array.isArray(value) && value.every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0);

/**
 * The private state of MiniSearch 7 (pinned) that `loadJS` fills from its JSON. Filling it here
 * straight from the packed postings, rather than unpacking them into MiniSearch's JSON first,
 * takes a third of the time, which is most of the wait before the first results. The tests check
 * that the engine so loaded serialises back to the very JSON it was packed from.
 */
interface EngineState {
  readonly _documentIds: Map<number, number>;
  readonly _idToShortId: Map<number, number>;
  readonly _fieldLength: Map<number, readonly number[]>;
  readonly _index: { set(term: string, fields: Map<number, Map<number, number>>): unknown };
}

function stateOf<T>(engine: MiniSearch<T>): EngineState {
  const state = engine as unknown as Partial<Record<keyof EngineState, unknown>>;
  const maps = [state._documentIds, state._idToShortId, state._fieldLength];
  if (!maps.every((map) => map instanceof Map) || typeof (state._index as EngineState['_index'] | undefined)?.set !== 'function') {
    throw new Error('Expected the engine of MiniSearch 7.');
  }
  return state as EngineState;
}

/** The engine again, with `options` (those it was built with); throws on a damaged engine. */
export function loadPackedEngine<T>(packed: PackedEngine, options: Options<T>): MiniSearch<T> {
  const count = packed.nextId;
  if (!Number.isInteger(count) || count < 0) fail('a document count');
  if (!Array.isArray(packed.fieldLength) || packed.fieldLength.length !== count) fail(`${count} field lengths`);
  if (!Array.isArray(packed.terms)) fail('a list of terms');
  // MiniSearch checks the serialisation version and the options, and sets up an empty engine.
  const engine = MiniSearch.loadJS<T>(
    {
      serializationVersion: packed.serializationVersion,
      documentCount: packed.documentCount,
      nextId: count,
      dirtCount: packed.dirtCount,
      fieldIds: packed.fieldIds,
      averageFieldLength: [...packed.averageFieldLength],
      documentIds: {},
      fieldLength: {},
      storedFields: {},
      index: [],
    },
    options,
  );
  const state = stateOf(engine);
  for (let i = 0; i < count; i++) {
    const lengths = packed.fieldLength[i];
    if (!isCounts(lengths)) fail(`the field lengths of document ${i}`);
    state._documentIds.set(i, i);
    state._idToShortId.set(i, i);
    state._fieldLength.set(i, lengths);
  }
  for (const packedTerm of packed.terms as readonly unknown[]) {
    if (!Array.isArray(packedTerm) || typeof packedTerm[0] !== 'string') fail('a term and its postings');
    const [term, ...postings] = packedTerm as [string, ...unknown[]];
    const fields = new Map<number, Map<number, number>>();
    for (let p = 0; p < postings.length;) {
      const fieldId = postings[p++];
      const gaps = postings[p++];
      if (typeof fieldId !== 'number' || !isCounts(gaps)) fail(`a field id and document gaps for "${term}"`);
      const frequencies = Array.isArray(postings[p]) ? postings[p++] : null;
      if (frequencies !== null && (!isCounts(frequencies) || frequencies.length !== gaps.length)) {
        fail(`a frequency per document for "${term}"`);
      }
      const documents = new Map<number, number>();
      let id = 0;
      for (let i = 0; i < gaps.length; i++) {
        id += gaps[i]!;
        if (id >= count) fail(`documents of "${term}" below ${count}`);
        documents.set(id, frequencies?.[i] ?? 1);
      }
      fields.set(fieldId, documents);
    }
    state._index.set(term, fields);
  }
  return engine;
}
