/** Thrown (and caught by `parseFastYaml`) when text is outside the fast subset. */
export class Bail extends Error {}

/** Gives up on the fast path. */
export function bail(): never {
  throw new Bail();
}

const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;
const NUMBERISH = /^[-+.]?[0-9]|^[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$/;
const INT = /^-?(?:0|[1-9][0-9]*)$/;
const FLOAT = /^-?(?:0|[1-9][0-9]*)\.[0-9]+$/;
const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' };

/**
 * A one-line YAML value (trimmed, non-empty): double- or single-quoted, a flow list of scalars,
 * `{}`, or a plain scalar resolved like the YAML 1.2 core schema. Throws `Bail` for anything else.
 */
export function readYamlScalar(text: string): unknown {
  const c = text[0];
  if (c === '"') return endOfScalar(doubleQuoted(text));
  if (c === "'") return endOfScalar(singleQuoted(text));
  if (c === '[') return flowSeq(text);
  if (text === '{}') return {};
  return plain(text);
}

/** Folded-scalar line joining: a single break is a space, each blank line is a newline. */
export function foldLines(lines: string[]): string {
  let out = lines[0]!;
  let blanks = 0;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') {
      blanks++;
      continue;
    }
    out += blanks > 0 ? '\n'.repeat(blanks) : ' ';
    out += line;
    blanks = 0;
  }
  return out;
}

/** A quoted scalar and what follows it on the line. */
interface Quoted {
  value: string;
  after: string;
}

function endOfScalar(q: Quoted): string {
  const after = q.after.trim();
  if (after.length > 0 && after[0] !== '#') bail();
  if (after.length > 0 && !/^[ \t]/.test(q.after)) bail();
  return q.value;
}

function doubleQuoted(s: string): Quoted {
  // Usual case, no escapes: one slice instead of a string built character by character.
  const close = s.indexOf('"', 1);
  const escape = s.indexOf('\\', 1);
  if (close !== -1 && (escape === -1 || escape > close)) return { value: s.slice(1, close), after: s.slice(close + 1) };
  let value = '';
  for (let i = 1; i < s.length; i++) {
    const c = s[i]!;
    if (c === '"') return { value, after: s.slice(i + 1) };
    if (c !== '\\') {
      value += c;
      continue;
    }
    const e = s[++i];
    if (e === undefined) bail();
    if (e === 'u') {
      const hex = s.slice(i + 1, i + 5);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) bail();
      const code = parseInt(hex, 16);
      if (code >= 0xd800 && code <= 0xdfff) bail();
      value += String.fromCharCode(code);
      i += 4;
      continue;
    }
    const mapped = ESCAPES[e!];
    if (mapped === undefined) bail();
    value += mapped;
  }
  return bail();
}

function singleQuoted(s: string): Quoted {
  const close = s.indexOf("'", 1);
  if (close !== -1 && s[close + 1] !== "'") return { value: s.slice(1, close), after: s.slice(close + 1) };
  let value = '';
  for (let i = 1; i < s.length; i++) {
    const c = s[i]!;
    if (c !== "'") {
      value += c;
      continue;
    }
    if (s[i + 1] === "'") {
      value += "'";
      i++;
      continue;
    }
    return { value, after: s.slice(i + 1) };
  }
  return bail();
}

/** A one-line flow list of plain or quoted scalars: `[a, "b, c", 'd']`. */
function flowSeq(s: string): unknown[] {
  const out: unknown[] = [];
  let i = skipSpaces(s, 1);
  if (s[i] === ']') return endFlow(s, i, out);
  for (;;) {
    i = skipSpaces(s, i);
    const c = s[i];
    if (c === '"' || c === "'") {
      const q = c === '"' ? doubleQuoted(s.slice(i)) : singleQuoted(s.slice(i));
      out.push(q.value);
      i = s.length - q.after.length;
    } else {
      let j = i;
      while (j < s.length && !',[]{}#'.includes(s[j]!)) j++;
      if (s[j] === '#' || s[j] === '[' || s[j] === '{' || s[j] === '}') bail();
      const text = s.slice(i, j).trim();
      if (text.length === 0 || text.includes(': ') || text.endsWith(':')) bail();
      out.push(plain(text));
      i = j;
    }
    i = skipSpaces(s, i);
    if (s[i] === ',') {
      i = skipSpaces(s, i + 1);
      if (s[i] === ']') bail();
      continue;
    }
    if (s[i] === ']') return endFlow(s, i, out);
    return bail();
  }
}

function skipSpaces(s: string, i: number): number {
  while (s.charCodeAt(i) === 32) i++;
  return i;
}

function endFlow(s: string, close: number, out: unknown[]): unknown[] {
  const after = s.slice(close + 1);
  if (after.trim().length > 0 && !/^[ \t]+#/.test(after)) bail();
  return out;
}

/** A plain scalar resolved like the YAML 1.2 core schema (anything unusual bails). */
function plain(s: string): unknown {
  const hash = s.indexOf('#') === -1 ? -1 : s.search(/[ \t]#/);
  const text = (hash === -1 ? s : s.slice(0, hash)).trim();
  if (text.includes(': ') || text.endsWith(':') || text.includes('\t')) bail();
  const first = text.charCodeAt(0);
  // Most values start with a letter and are plain text: skip the indicator and number checks.
  const letter = (first >= 65 && first <= 90) || (first >= 97 && first <= 122);
  if (!letter && INDICATOR.test(text)) bail();
  if (text === '~' || text === 'null' || text === 'Null' || text === 'NULL') return null;
  if (text === 'true' || text === 'True' || text === 'TRUE') return true;
  if (text === 'false' || text === 'False' || text === 'FALSE') return false;
  if (letter) return text;
  if (INT.test(text)) {
    const n = Number(text);
    if (!Number.isSafeInteger(n)) bail();
    return n;
  }
  if (FLOAT.test(text)) return Number(text);
  if (NUMBERISH.test(text)) bail();
  return text;
}
