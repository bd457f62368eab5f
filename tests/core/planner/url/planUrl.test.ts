import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ConceptId } from '../../../../src/core/model/ConceptId';
import { buildGraph } from '../../../../src/core/graph/buildGraph';
import type { PlanSpec } from '../../../../src/core/planner/Plan';
import { PLAIN_KNOWN_MAX, decodePlanUrl, encodePlanUrl, normalisePlanSpec } from '../../../../src/core/planner/url/planUrl';
import { concept } from '../graphOf';

const id = (s: string) => s as ConceptId;
const spec = (targets: string[], known: string[] = [], extra: Partial<PlanSpec> = {}): PlanSpec => ({
  targets: targets.map(id),
  known: known.map(id),
  ...extra,
});

// Realistic ids, about twenty characters each.
const REALISTIC = [
  'multivariate-chain-rule',
  'matrix-multiplication',
  'linear-transformations',
  'eigenvalues-and-eigenvectors',
  'singular-value-decomposition',
  'positive-definite-matrices',
  'conditional-probability',
  'maximum-likelihood',
  'gradient-descent',
  'stochastic-gradient-descent',
  'logistic-regression',
  'softmax-regression',
  'feed-forward-neural-nets',
  'entropy-and-kl-divergence',
  'bayes-rule',
  'random-variables',
  'expectation-and-variance',
  'partial-derivatives',
  'jacobian-matrix',
  'regularization',
  'backpropagation',
  'convolutional-nets',
];
const graph = buildGraph([
  ...REALISTIC.map((i) => concept(i)),
  concept('vectors', [], { aliases: [id('vector-spaces-101')] }),
  concept('matrices'),
]);

describe('encodePlanUrl', () => {
  it('writes targets in the path and a short known list as sorted plain ids', () => {
    expect(encodePlanUrl(spec(['backpropagation', 'convolutional-nets'], ['vectors', 'matrices']))).toBe(
      '/plan/v1/backpropagation,convolutional-nets?k=matrices,vectors',
    );
    expect(encodePlanUrl(spec(['vectors']))).toBe('/plan/v1/vectors');
  });

  it('stays under 200 characters for one target and 20 assumed-known concepts', () => {
    const url = encodePlanUrl(spec(['convolutional-nets'], REALISTIC.slice(0, 20)));
    expect(url.length).toBeLessThan(200);
    expect(url).toMatch(/^\/plan\/v1\/convolutional-nets\?h=[A-Za-z0-9_-]{120}$/);
  });

  it('percent-encodes title and note as plain text, cleaned and capped', () => {
    const url = encodePlanUrl(spec(['vectors'], [], { title: '  Week 1: <b>basics</b> & more\u0007 ', note: 'Line one\r\nLine two' }));
    expect(url).toBe('/plan/v1/vectors?t=Week%201%3A%20%3Cb%3Ebasics%3C%2Fb%3E%20%26%20more&n=Line%20one%0ALine%20two');
    const long = decodePlanUrl(encodePlanUrl(spec(['vectors'], [], { title: 'x'.repeat(300), note: 'y'.repeat(900) })));
    expect(long.ok && [long.spec.title?.length, long.spec.note?.length]).toEqual([120, 500]);
  });
});

describe('decodePlanUrl', () => {
  it('reads back what was written, with or without a graph', () => {
    const s = spec(['backpropagation'], ['vectors'], { title: 'Deep learning, week 3 ✓', note: 'Read chapter 6\nthen do the exercises.' });
    expect(decodePlanUrl(encodePlanUrl(s))).toEqual({ ok: true, spec: s, warnings: [] });
    expect(decodePlanUrl(encodePlanUrl(s), graph)).toEqual({ ok: true, spec: s, warnings: [] });
  });

  it('reads fingerprinted known lists against the graph, and refuses them without one', () => {
    const s = spec(['backpropagation'], REALISTIC.slice(0, 20).sort());
    const url = encodePlanUrl(s);
    expect(decodePlanUrl(url, graph)).toEqual({ ok: true, spec: s, warnings: [] });
    const alone = decodePlanUrl(url);
    expect(alone.ok).toBe(false);
    expect(!alone.ok && alone.message).toMatch(/fingerprint/);
  });

  it('resolves aliases to current ids, so links survive renames', () => {
    const decoded = decodePlanUrl('/plan/v1/vector-spaces-101?k=vector-spaces-101', graph);
    expect(decoded).toEqual({ ok: true, spec: spec(['vectors'], ['vectors']), warnings: [] });
    const long = [...REALISTIC.slice(0, 10), 'vector-spaces-101'].sort();
    const fromFingerprints = decodePlanUrl(encodePlanUrl(spec(['matrices'], long)), graph);
    expect(fromFingerprints.ok && fromFingerprints.spec.known).toContain('vectors');
  });

  it('refuses an unknown target with close ids, and drops unknown known ids with a warning', () => {
    expect(decodePlanUrl('/plan/v1/backpropogation', graph)).toEqual({
      ok: false,
      message: 'Unknown concept `backpropogation`: did you mean `backpropagation`?',
      corrections: [spec(['backpropagation'])],
    });
    expect(decodePlanUrl('/plan/v1/vectors?k=gone-concept,matrices', graph)).toEqual({
      ok: true,
      spec: spec(['vectors'], ['matrices']),
      warnings: ['Assumed-known concept `gone-concept` no longer exists here and was left out.'],
    });
    const lost = decodePlanUrl(encodePlanUrl(spec(['vectors'], [...REALISTIC.slice(0, 6), 'deleted-since-then-concept'])), graph);
    expect(lost.ok && lost.warnings).toEqual(['1 assumed-known concept of this plan link could not be found here and was left out.']);
    expect(lost.ok && lost.spec.known).toHaveLength(6);
  });

  it('offers the same plan with mistyped targets swapped for their close matches', () => {
    const decoded = decodePlanUrl('/plan/v1/vectors,matrix,gradient-decent?k=bayes-rule&t=Lab%202', graph);
    expect(decoded.ok).toBe(false);
    // One plan per match of the first unknown target; the others take their closest match.
    const corrections = !decoded.ok ? decoded.corrections : undefined;
    expect(corrections?.map((c) => c.targets)).toEqual([
      ['vectors', 'matrices', 'gradient-descent'],
      ['vectors', 'jacobian-matrix', 'gradient-descent'],
      ['vectors', 'matrix-multiplication', 'gradient-descent'],
    ]);
    for (const c of corrections ?? []) expect(c).toMatchObject({ known: ['bayes-rule'], title: 'Lab 2' });
    // An unknown target with no close match: nothing to offer.
    const none = decodePlanUrl('/plan/v1/matrix,zzzzzzzz', graph);
    expect(none.ok === false && none.corrections).toBeUndefined();
  });

  it('accepts a whole URL, a fragment, a trailing slash and unrelated parameters', () => {
    const expected = { ok: true, spec: spec(['vectors'], ['matrices']), warnings: [] };
    expect(decodePlanUrl('https://roadmaps.example.org/plan/v1/vectors?k=matrices#top', graph)).toEqual(expected);
    expect(decodePlanUrl('/plan/v1/vectors/?utm_source=mail&k=matrices', graph)).toEqual(expected);
  });

  const hostile: [string, string, RegExp][] = [
    ['junk', 'hello-world', /starts with `\/plan\/v1\/`/],
    ['another path', '/concepts/vectors', /starts with `\/plan\/v1\/`/],
    ['no version', '/plan/vectors', /starts with `\/plan\/v1\/`/],
    ['a later version', '/plan/v2/vectors', /format `v2`.*reads `v1`/],
    ['no target', '/plan/v1/', /names no target/],
    ['upper case', '/plan/v1/Vectors', /concept ids/],
    ['encoded slash', '/plan/v1/vectors%2F..%2Fadmin', /concept ids/],
    ['double encoding', '/plan/v1/vectors%252F', /concept ids/],
    ['empty id', '/plan/v1/vectors,,matrices', /concept ids/],
    ['bad known', '/plan/v1/vectors?k=<script>', /ids separated by commas/],
    ['both known forms', '/plan/v1/vectors?k=matrices&h=AAAAAA', /both/],
    ['repeated parameter', '/plan/v1/vectors?t=a&t=b', /repeats/],
    ['ragged fingerprints', '/plan/v1/vectors?h=AAAAA', /groups of 6/],
    ['bad percent-encoding', '/plan/v1/vectors?t=%E0%A4%A', /percent-encoded/],
    ['overlong UTF-8', '/plan/v1/vectors?t=%C0%AF', /percent-encoded/],
    ['lone surrogate escape', '/plan/v1/vectors?t=%ED%A0%80', /percent-encoded/],
    ['encoded NUL', '/plan/v1/vectors?t=a%00b', /control characters/],
    ['newline in the title', '/plan/v1/vectors?t=a%0Ab', /control characters/],
    ['bidirectional override', '/plan/v1/vectors?n=%E2%80%AEevil', /control characters/],
    ['raw control character', '/plan/v1/vectors?t=a\u0000b', /no spaces, control/],
    ['raw non-ASCII', '/plan/v1/vectörs', /no spaces, control/],
    ['overlong input', `/plan/v1/vectors?t=${'a'.repeat(9000)}`, /at most 8192 characters/],
  ];
  it.each(hostile)('refuses %s with a clear message', (_, input, message) => {
    const result = decodePlanUrl(input, graph);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(message);
    expect(!result.ok && result.message.length).toBeLessThan(200);
  });

  it('never throws on random input', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          fc.string().map((s) => `/plan/v1/${s}`),
          fc.string().map((s) => `/plan/v1/vectors?${s}`),
        ),
        (input) => {
          const result = decodePlanUrl(input, graph);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) expect(result.message).toMatch(/\S/);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('plan URL round trip', () => {
  const idArb = fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,3}$/);
  const text = (max: number, multiline: boolean) =>
    fc.string({ unit: 'grapheme', maxLength: max }).map((s) => {
      const clean = normalisePlanSpec({ targets: [], known: [], ...(multiline ? { note: s } : { title: s }) });
      return multiline ? clean.note : clean.title;
    });
  const specArb = fc
    .record({
      targets: fc.uniqueArray(idArb, { minLength: 1, maxLength: 4 }),
      known: fc.uniqueArray(idArb, { maxLength: 30 }).map((k) => k.sort()),
      title: text(140, false),
      note: text(520, true),
    })
    .map(
      ({ targets, known, title, note }) =>
        ({
          targets: targets.map(id),
          known: known.map(id),
          ...(title === undefined ? {} : { title }),
          ...(note === undefined ? {} : { note }),
        }) as PlanSpec,
    );

  it('decode(encode(x)) = x against a graph holding the ids', () => {
    fc.assert(
      fc.property(specArb, (s) => {
        const g = buildGraph([...new Set([...s.targets, ...s.known])].map((i) => concept(i)));
        expect(decodePlanUrl(encodePlanUrl(s), g)).toEqual({ ok: true, spec: s, warnings: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('decode(encode(x)) = x without a graph while the known list is short', () => {
    fc.assert(
      fc.property(
        specArb.filter((s) => s.known.join(',').length <= PLAIN_KNOWN_MAX),
        (s) => {
          expect(decodePlanUrl(encodePlanUrl(s))).toEqual({ ok: true, spec: s, warnings: [] });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('normalises: repeated targets dropped in order, known sorted', () => {
    const s = spec(['b', 'a', 'b'], ['z', 'y', 'z']);
    expect(normalisePlanSpec(s)).toEqual(spec(['b', 'a'], ['y', 'z']));
    expect(decodePlanUrl(encodePlanUrl(s))).toEqual({ ok: true, spec: spec(['b', 'a'], ['y', 'z']), warnings: [] });
  });
});
