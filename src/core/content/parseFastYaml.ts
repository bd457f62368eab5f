import { Bail, bail, foldLines, readYamlScalar } from './readYamlScalar';

/** Returned by `parseFastYaml` for anything outside the subset it handles. */
export const BAIL: unique symbol = Symbol('bail');

/** Result of `parseFastYaml`: a plain value, or `BAIL`. */
export type FastYamlResult = Record<string, unknown> | typeof BAIL;

const KEY = /([A-Za-z_][A-Za-z0-9_-]*):(?=[ \t]|\r?\n|$)/y;
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
  if (LONE_CR.test(src)) return BAIL;
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

class FastParser {
  pos = 0;
  /** Per line: offset of its first non-space character, its end (before any `\r`), its indentation. */
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  readonly indents: number[] = [];

  constructor(private readonly src: string) {
    for (let lineStart = 0; ; ) {
      const newline = src.indexOf('\n', lineStart);
      const lineEnd = newline === -1 ? src.length : newline;
      const end = lineEnd > lineStart && src.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
      let p = lineStart;
      while (p < end && src.charCodeAt(p) === 32) p++;
      this.starts.push(p);
      this.ends.push(end);
      this.indents.push(p - lineStart);
      if (newline === -1) break;
      lineStart = newline + 1;
    }
  }

  private text(i: number): string {
    return this.src.slice(this.starts[i], this.ends[i]);
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
    for (let i = from; i < this.starts.length; i++) {
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
      KEY.lastIndex = this.starts[at]!;
      const m = KEY.exec(this.src);
      if (!m || KEY.lastIndex > this.ends[at]!) bail();
      const key = m![1]!;
      if (key === '__proto__' || RESERVED_KEY.test(key) || Object.hasOwn(out, key)) bail();
      out[key] = this.value(at, indent, this.src.slice(KEY.lastIndex, this.ends[at]), true);
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
      KEY.lastIndex = restStart;
      const nested = restStart < this.ends[at]! && ((KEY.test(this.src) && KEY.lastIndex <= this.ends[at]!) || this.src.charCodeAt(restStart) === 45);
      this.starts[at] = restStart;
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
    for (let i = this.pos; i < this.starts.length; i++) {
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
    const lastHasBreak = first + used < this.starts.length;
    return m![2] === '-' || !lastHasBreak ? text : text + '\n';
  }
}
