import type { ConceptId } from '../../model';
import type { ConceptGraph } from '../../graph';
import type { PlanSpec } from '../Plan';
import { fingerprint } from './fingerprint';
import { MAX_NOTE_LENGTH, MAX_TITLE_LENGTH, cleanPlanText } from '../planText';
import { readPlanUrl, type PlanUrlParts } from './readPlanUrl';
import { resolvePlanUrl } from './resolvePlanUrl';

/** Path prefix of the current plan URL format. */
export const PLAN_URL_PREFIX = '/plan/v1/';
/** Assumed-known lists longer than this, comma-joined, travel as fingerprints. */
export const PLAIN_KNOWN_MAX = 80;

/** What decoding a plan URL gives: the spec and what was dropped on the way, or why it was refused. */
export type DecodedPlanUrl =
  | { readonly ok: true; readonly spec: PlanSpec; readonly warnings: string[] }
  | {
      readonly ok: false;
      readonly message: string;
      /** For unknown targets with close matches: the same plan with each swapped in, to offer instead. */
      readonly corrections?: readonly PlanSpec[];
    };

/** Targets in the given order without repeats; known sorted without repeats. */
export function normalisePlanSpec(spec: PlanSpec): PlanSpec {
  const title = cleanPlanText(spec.title, MAX_TITLE_LENGTH, false);
  const note = cleanPlanText(spec.note, MAX_NOTE_LENGTH, true);
  return {
    targets: [...new Set(spec.targets)],
    known: [...new Set(spec.known)].sort(),
    ...(title === undefined ? {} : { title }),
    ...(note === undefined ? {} : { note }),
  };
}

/**
 * The shareable path and query of a plan (format v1):
 * `/plan/v1/<target>,<target>?k=<id>,<id>&t=<title>&n=<note>`.
 * Targets keep their order; the assumed-known ids are a set, sorted, as plain ids while short
 * (`k`) and otherwise as 6-character fingerprints (`h`), which the reader matches against the ids
 * and aliases of its graph: one target with 20 known concepts stays under 200 characters. Title
 * and note are plain text, cleaned and capped (120 and 500 characters), percent-encoded.
 */
export function encodePlanUrl(spec: PlanSpec): string {
  const { targets, known, title, note } = normalisePlanSpec(spec);
  const params: string[] = [];
  if (known.length > 0) {
    const plain = known.map(encodeURIComponent).join(',');
    params.push(plain.length <= PLAIN_KNOWN_MAX ? `k=${plain}` : `h=${known.map(fingerprint).join('')}`);
  }
  if (title !== undefined) params.push(`t=${encodeURIComponent(title)}`);
  if (note !== undefined) params.push(`n=${encodeURIComponent(note)}`);
  const path = PLAN_URL_PREFIX + targets.map(encodeURIComponent).join(',');
  return params.length === 0 ? path : `${path}?${params.join('&')}`;
}

/**
 * Reads a plan URL (path and query, or a whole `http(s)` URL). With a graph, ids and aliases
 * resolve to current ids (so links survive renames): an unknown target is an error with close
 * ids, an unknown assumed-known id is dropped with a warning; fingerprints (`h`) need the graph.
 * Without one, ids are checked for form only. Junk, input over 8 KB, bad percent-encoding,
 * control characters and other versions are refused with a one-sentence message; never throws.
 * `decodePlanUrl(encodePlanUrl(s), graph)` gives `normalisePlanSpec(s)` back.
 */
export function decodePlanUrl(pathAndQuery: string, graph?: ConceptGraph): DecodedPlanUrl {
  const read = readPlanUrl(pathAndQuery);
  if (!read.ok) return read;
  const warnings = [...read.warnings];
  const resolved = resolvePlanUrl(read, graph, warnings);
  if (resolved.ok) return { ok: true, spec: specOf(read, resolved), warnings };
  const corrections: PlanSpec[] = [];
  for (const targets of resolved.corrections ?? []) {
    const fixed = resolvePlanUrl({ ...read, targets }, graph, []);
    if (fixed.ok) corrections.push(specOf(read, fixed));
  }
  return corrections.length > 0 ? { ok: false, message: resolved.message, corrections } : { ok: false, message: resolved.message };
}

function specOf(read: PlanUrlParts, resolved: { readonly targets: readonly ConceptId[]; readonly known: readonly ConceptId[] }): PlanSpec {
  const { title, note } = read;
  return {
    targets: resolved.targets,
    known: resolved.known,
    ...(title === undefined ? {} : { title }),
    ...(note === undefined ? {} : { note }),
  };
}
