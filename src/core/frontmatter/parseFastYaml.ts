import { Bail, bail, foldLines, readYamlScalar } from './readYamlScalar';

/** Returned by `parseFastYaml` for anything outside the subset it handles. */
export const BAIL: unique symbol = Symbol('bail');

/** Result of `parseFastYaml`: a plain value, or `BAIL`. */
export type FastYamlResult = Record<string, unknown> | typeof BAIL;

const LONE_CR = /\r(?!\n)/;
const RESERVED_KEY = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;


/**
 * A fast parser for the plain YAML that front-matter uses: block maps and lists, one-line flow
 * lists, quoted and plain one-line scalars, `|`/`>` block scalars, comments. It returns exactly what
 * the `yaml` library (YAML 1.2 core schema) returns for that subset, about ten times faster, and
 * `BAIL` for anything else (anchors, tags, flow maps, multi-line plain scalars, errors), which the
 * caller then hands to `yaml` for the full treatment and its error messages. Lines are kept as
 * offsets into the source, so little is allocated besides the values themselves.
 */
export function parseFastYaml(src: string): FastYamlResult {
  // A carriage return that does not end a line is content to YAML; leave such text to the library.
  if (src.includes('\r') && LONE_CR.test(src)) return BAIL;
  try {
    const parser = new FastParser(src);
    const first = parser.next(0);
    if (first === -1 || parser.indents[first] !== 0) return BAIL;
    const value = parser.block(first, 0);
    if (parser.next(parser.pos) !== -1 || value === null || typeof value !== 'object' || Array.isArray(value)) return BAIL;
    return value as Record<string, unknown>;
  } catch (error) {
    if (error instanceof Bail) return BAIL;
    throw error;
  }
}

// Line tables shared by every parse (parsing is synchronous, so never re-entered). They only grow
// to the longest front-matter seen, so they do not accumulate across a long dev session.
let starts = new Int32Array(256);
let ends = new Int32Array(256);
let indents = new Int32Array(256);

// Field names of the content format: keys equal to one of these reuse the constant string rather
// than a fresh slice, which spares the engine interning a new key for every field of every file.
const KNOWN_KEYS = [
  'title', 'summary', 'prerequisites', 'id', 'reason', 'resources', 'url', 'kind', 'free', 'minutes', 'core',
  'authors', 'year', 'note', 'goals', 'aliases', 'tags', 'author', 'audience', 'weeks', 'targets',
  'description', 'featuredRoadmap', 'editUrl',
];

class FastParser {
  pos = 0;
  /** Per line: offset of its first non-space character, its end (before any `\r`), its indentation. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly indents: Int32Array;
  readonly count: number;

  constructor(private readonly src: string) {
    let lines = 1;
    for (let i = src.indexOf('\n'); i !== -1; i = src.indexOf('\n', i + 1)) lines++;
    if (lines > starts.length) {
      const size = Math.max(lines, starts.length * 2);
      starts = new Int32Array(size);
      ends = new Int32Array(size);
      indents = new Int32Array(size);
    }
    this.count = lines;
    this.starts = starts;
    this.ends = ends;
    this.indents = indents;
    for (let line = 0, lineStart = 0; line < lines; line++) {
      const newline = src.indexOf('\n', lineStart);
      const lineEnd = newline === -1 ? src.length : newline;
      const end = lineEnd > lineStart && src.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
      let p = lineStart;
      while (p < end && src.charCodeAt(p) === 32) p++;
      starts[line] = p;
      ends[line] = end;
      indents[line] = p - lineStart;
      lineStart = newline + 1;
    }
  }

  /** The key of line `at` ending at `colon`, as a constant string when it is a known field name. */
  private key(at: number, colon: number): string {
    const start = this.starts[at]!;
    const length = colon - start;
    for (const known of KNOWN_KEYS) if (known.length === length && this.src.startsWith(known, start)) return known;
    return this.src.slice(start, colon);
  }

  private text(i: number): string {
    return this.src.slice(this.starts[i], this.ends[i]);
  }

  /**
   * Offset of the `:` ending a simple key (`[A-Za-z_][A-Za-z0-9_-]*`) at the start of line `i`,
   * followed by a space, a tab or the end of the line; -1 if the line does not start so.
   */
  private keyEnd(i: number): number {
    const { src } = this;
    const end = this.ends[i]!;
    let p = this.starts[i]!;
    const first = src.charCodeAt(p);
    if (!((first >= 65 && first <= 90) || (first >= 97 && first <= 122) || first === 95)) return -1;
    for (p++; p < end; p++) {
      const c = src.charCodeAt(p);
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 45) continue;
      break;
    }
    if (src.charCodeAt(p) !== 58) return -1;
    const after = p + 1;
    return after === end || src.charCodeAt(after) === 32 || src.charCodeAt(after) === 9 ? p : -1;
  }

  private isSeqItem(i: number): boolean {
    const start = this.starts[i]!;
    return this.src.charCodeAt(start) === 45 && (start + 1 === this.ends[i] || this.src.charCodeAt(start + 1) === 32);
  }

  private isBlank(i: number): boolean {
    for (let p = this.starts[i]!; p < this.ends[i]!; p++) {
      const c = this.src.charCodeAt(p);
      if (c !== 32 && c !== 9) return false;
    }
    return true;
  }

  /** Index of the first line at or after `from` with content (not blank, not a comment), or -1. */
  next(from: number): number {
    for (let i = from; i < this.count; i++) {
      if (this.isBlank(i)) continue;
      const c = this.src.charCodeAt(this.starts[i]!);
      if (c === 35) continue;
      if (c === 9) bail();
      return i;
    }
    return -1;
  }

  block(i: number, indent: number): unknown {
    return this.isSeqItem(i) ? this.seq(i, indent) : this.map(i, indent);
  }

  map(i: number, indent: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (let at = i; at !== -1 && this.indents[at] === indent; at = this.next(this.pos)) {
      if (this.isSeqItem(at)) break;
      const colon = this.keyEnd(at);
      if (colon === -1) bail();
      const key = this.key(at, colon);
      if (key === '__proto__' || ('nNtTfF'.includes(key[0]!) && RESERVED_KEY.test(key)) || Object.hasOwn(out, key)) bail();
      out[key] = this.value(at, indent, this.src.slice(colon + 1, this.ends[at]), true);
    }
    this.checkDedent(indent);
    return out;
  }

  seq(i: number, indent: number): unknown[] {
    const out: unknown[] = [];
    for (let at = i; at !== -1 && this.indents[at] === indent; at = this.next(this.pos)) {
      if (!this.isSeqItem(at)) break;
      const start = this.starts[at]!;
      let gap = 1;
      while (this.src.charCodeAt(start + gap) === 32 && start + gap < this.ends[at]!) gap++;
      const restStart = start + gap;
      this.starts[at] = restStart;
      const nested = restStart < this.ends[at]! && (this.keyEnd(at) !== -1 || this.src.charCodeAt(restStart) === 45);
      if (nested && (this.src.charCodeAt(restStart) !== 45 || this.isSeqItem(at))) {
        // A compact nested block (`- key: v` or `- - v`): re-read this line at the inner column.
        this.indents[at] = indent + gap;
        out.push(this.block(at, indent + gap));
      } else {
        out.push(this.value(at, indent, this.src.slice(restStart, this.ends[at]), false));
      }
    }
    this.checkDedent(indent);
    return out;
  }

  /** After a block at `indent`, the next content line must be shallower (else it is malformed). */
  private checkDedent(indent: number): void {
    const at = this.next(this.pos);
    if (at !== -1 && this.indents[at]! > indent) bail();
  }

  /** The value after `key:` or `- ` on line `at`; sets `pos` past everything it used. */
  value(at: number, indent: number, rest: string, inMap: boolean): unknown {
    this.pos = at + 1;
    const trimmed = rest.trim();
    if (trimmed.length === 0 || trimmed[0] === '#') {
      const nextAt = this.next(this.pos);
      // Where an indented block may start, a tab on a blank line is indentation, which YAML
      // forbids: the library reports it, so leave the document to it.
      for (let i = this.pos; i < (nextAt === -1 ? this.count : nextAt); i++) if (this.isBlank(i) && this.text(i).includes('\t')) bail();
      if (nextAt === -1) return null;
      const nextIndent = this.indents[nextAt]!;
      if (nextIndent > indent) return this.block(nextAt, nextIndent);
      if (inMap && nextIndent === indent && this.isSeqItem(nextAt)) return this.seq(nextAt, indent);
      return null;
    }
    const c = trimmed[0];
    if (c === '|' || c === '>') return this.blockScalar(trimmed, indent);
    const result = readYamlScalar(trimmed);
    const nextAt = this.next(this.pos);
    if (nextAt !== -1 && this.indents[nextAt]! > indent) bail();
    return result;
  }

  blockScalar(header: string, indent: number): string {
    const m = /^([|>])(-?)(?:[ \t]+#.*)?$/.exec(header);
    if (!m) bail();
    const folded = m![1] === '>';
    const content: string[] = [];
    let blockIndent = -1;
    for (let i = this.pos; i < this.count; i++) {
      const lineIndent = this.indents[i]!;
      const empty = this.starts[i] === this.ends[i];
      if (this.text(i).includes('\t')) bail();
      if (empty) {
        if (blockIndent === -1 || lineIndent > blockIndent) bail();
        content.push('');
        continue;
      }
      if (blockIndent === -1) {
        if (lineIndent <= indent) break;
        blockIndent = lineIndent;
      } else if (lineIndent < blockIndent) {
        break;
      } else if (lineIndent > blockIndent && folded) {
        bail();
      }
      content.push(' '.repeat(lineIndent - blockIndent) + this.text(i));
    }
    let used = content.length;
    while (used > 0 && content[used - 1] === '') used--;
    const first = this.pos;
    this.pos = first + content.length;
    const kept = content.slice(0, used);
    if (kept.length === 0) return '';
    const text = folded ? foldLines(kept) : kept.join('\n');
    // Clip keeps the final line break, if the last line has one (not at the end of the input).
    const lastHasBreak = first + used < this.count;
    return m![2] === '-' || !lastHasBreak ? text : text + '\n';
  }
}
