import { CONCEPT_ID_PATTERN } from '../../model';
import { FINGERPRINT_LENGTH, isFingerprintList } from './fingerprint';
import { MAX_NOTE_LENGTH, MAX_TITLE_LENGTH, capLength, codePoints, hasForbiddenCharacters } from '../planText';

/** Longest plan URL read, in characters; anything longer is refused before any work. */
export const MAX_PLAN_URL_LENGTH = 8192;

/** A plan URL taken apart, every part checked for form; ids are not yet looked up. */
export interface PlanUrlParts {
  readonly ok: true;
  readonly targets: readonly string[];
  readonly known: readonly string[];
  readonly fingerprints: readonly string[];
  readonly title?: string;
  readonly note?: string;
  readonly warnings: readonly string[];
}

export type PlanUrlRead = PlanUrlParts | { readonly ok: false; readonly message: string };

const fail = (message: string): { ok: false; message: string } => ({ ok: false, message });
/** Shows untrusted text in a message: short, printable ASCII, no backticks. */
const quote = (text: string): string => `\`${capLength(text.replace(/[^\x20-\x5f\x61-\x7e]/g, '?'), 40)}${text.length > 40 ? '…' : ''}\``;
const ID_LIST = /^[a-z0-9-]+(?:,[a-z0-9-]+)*$/;
const FIELDS = { k: 'assumed-known list', h: 'assumed-known list', t: 'title', n: 'note' } as const;
type Field = keyof typeof FIELDS;

/** Splits, checks and percent-decodes a plan URL; see `decodePlanUrl`. */
export function readPlanUrl(input: string): PlanUrlRead {
  if (typeof input !== 'string') return fail('A plan link must be text.');
  if (input.length > MAX_PLAN_URL_LENGTH) {
    return fail(`A plan link has at most ${MAX_PLAN_URL_LENGTH} characters; this one has ${input.length}.`);
  }
  let rest = input.trim().replace(/^https?:\/\/[^/?#]*/i, '');
  if (/[^\x21-\x7e]/.test(rest)) {
    return fail('A plan link has no spaces, control or non-ASCII characters; this one does (was it pasted whole?).');
  }
  const hash = rest.indexOf('#');
  if (hash !== -1) rest = rest.slice(0, hash);
  const questionMark = rest.indexOf('?');
  const path = questionMark === -1 ? rest : rest.slice(0, questionMark);
  const query = questionMark === -1 ? '' : rest.slice(questionMark + 1);

  const match = /^\/plan\/([^/]*)(?:\/([^/]*))?\/?$/.exec(path);
  if (!match) return fail(`A plan link starts with \`/plan/v1/\`; found ${quote(path)}.`);
  const version = match[1]!;
  if (version !== 'v1') {
    return /^v\d{1,6}$/.test(version)
      ? fail(`This plan link uses format \`${version}\`, which this site cannot read (it reads \`v1\`).`)
      : fail(`A plan link starts with \`/plan/v1/\`; found ${quote(path)}.`);
  }
  const targetText = match[2] ?? '';
  if (targetText === '') return fail('This plan link names no target concept.');
  const targets = idList(targetText);
  if (!targets)
    return fail(`Targets are concept ids (lower-case letters, digits and dashes) separated by commas; found ${quote(targetText)}.`);

  const fields = new Map<Field, string>();
  for (const part of query.split('&')) {
    if (part === '') continue;
    const equals = part.indexOf('=');
    const name = equals === -1 ? part : part.slice(0, equals);
    // Unknown parameters (tracking tags added by mail and chat apps) are ignored.
    if (!Object.hasOwn(FIELDS, name)) continue;
    const field = name as Field;
    if (fields.has(field)) return fail(`A plan link gives \`${field}\` (${FIELDS[field]}) once; this one repeats it.`);
    fields.set(field, equals === -1 ? '' : part.slice(equals + 1));
  }
  if (fields.has('k') && fields.has('h')) return fail('A plan link gives its assumed-known list once, as `k` or `h`; this one has both.');

  const knownText = fields.get('k') ?? '';
  const known = knownText === '' ? [] : idList(knownText);
  if (!known) return fail(`Assumed-known concepts are ids separated by commas; found ${quote(knownText)}.`);
  const fingerprintText = fields.get('h') ?? '';
  if (!isFingerprintList(fingerprintText)) {
    return fail(
      `Assumed-known fingerprints come in groups of ${FINGERPRINT_LENGTH} letters, digits, \`-\` or \`_\`; found ${quote(fingerprintText)}.`,
    );
  }
  const fingerprints: string[] = [];
  for (let i = 0; i < fingerprintText.length; i += FINGERPRINT_LENGTH) fingerprints.push(fingerprintText.slice(i, i + FINGERPRINT_LENGTH));

  const warnings: string[] = [];
  const title = readText(fields.get('t'), 'title', MAX_TITLE_LENGTH, false, warnings);
  if (title !== undefined && !title.ok) return title;
  const note = readText(fields.get('n'), 'note', MAX_NOTE_LENGTH, true, warnings);
  if (note !== undefined && !note.ok) return note;
  return {
    ok: true,
    targets: [...new Set(targets)],
    known,
    fingerprints,
    ...(title?.text === undefined ? {} : { title: title.text }),
    ...(note?.text === undefined ? {} : { note: note.text }),
    warnings,
  };
}

/** Comma-separated well-formed ids, or `undefined`. */
function idList(text: string): string[] | undefined {
  if (!ID_LIST.test(text)) return undefined;
  const ids = text.split(',');
  return ids.every((id) => CONCEPT_ID_PATTERN.test(id)) ? ids : undefined;
}

type TextRead = { ok: true; text: string | undefined } | { ok: false; message: string };

function readText(raw: string | undefined, what: string, max: number, multiline: boolean, warnings: string[]): TextRead | undefined {
  if (raw === undefined) return undefined;
  let text: string;
  try {
    text = decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return fail(`The plan's ${what} is not valid percent-encoded UTF-8.`);
  }
  if (hasForbiddenCharacters(text, multiline)) {
    return fail(`The plan's ${what} is plain text${multiline ? '' : ' on one line'}; it contains control characters.`);
  }
  text = text.trim();
  if (codePoints(text) > max) {
    warnings.push(`The plan's ${what} was cut to ${max} characters.`);
    text = capLength(text, max).trim();
  }
  return { ok: true, text: text === '' ? undefined : text };
}
