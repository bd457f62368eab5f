import { isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import type { Diagnostic } from '../diagnostics';
import { createDiagnostic, FILE_START, type Place } from '../diagnostics';
import { location } from 'vfile-location';
import { BAIL, loadYaml } from './loadYaml';
import { splitFrontMatter, type FrontMatterSplit } from './splitFrontMatter';
import { yamlHint } from './yamlHint';

/** A path into the front-matter data: keys and list indices (`['resources', 1, 'kind']`). */
export type FieldPath = readonly (string | number)[];

/** Where to point for a path: at the field's key, or at its value. */
export type FieldPart = 'key' | 'value';

/** Front-matter read from one file, and a way to place diagnostics in it. */
export interface FrontMatter {
  /** The YAML mapping, or null when there is none (or it failed to parse). */
  readonly data: Record<string, unknown> | null;
  /** `yaml-syntax` diagnostics (and a missing front-matter block), already placed. */
  readonly diagnostics: readonly Diagnostic[];
  readonly body: string;
  /** 1-based line on which the body starts. */
  readonly bodyLine: number;
  /** Where `path` is in the whole file (its key, or its value); falls back to the nearest parent. */
  locate(path: FieldPath, part?: FieldPart): Place;
}

// The alias limit stops "billion laughs" documents; real front-matter uses no aliases at all.
const YAML_OPTIONS = { prettyErrors: false, uniqueKeys: true, strict: true } as const;
// Only to find where fields are: duplicate keys were reported already, and checking for them
// costs the library time quadratic in the number of keys.
const LOCATE_OPTIONS = { ...YAML_OPTIONS, uniqueKeys: false } as const;
/** Longest front-matter read, in lines; real files use tens. The `yaml` library slows quadratically on some shapes. */
export const MAX_FRONT_MATTER_LINES = 5000;
const TO_JS = { maxAliasCount: 50 } as const;

/**
 * Splits `text` and parses its front-matter. The fast subset parser handles ordinary files; anything
 * else goes to the `yaml` library, whose errors are moved from the YAML block's lines to the file's.
 * The `yaml` document used for `locate` is built only when a diagnostic needs a place. No cache
 * outlives the returned object, so long dev sessions do not accumulate memory. Never throws.
 */
export function parseFrontMatter(file: string, text: string): FrontMatter {
  const split = splitFrontMatter(text);
  const parsed = new ParsedFrontMatter(text, split);
  if (split.yaml === null) {
    const found = text.slice(0, text.indexOf('\n') === -1 ? 60 : Math.min(60, text.indexOf('\n'))).trim();
    const message = `Expected front-matter opening with \`---\` on line 1, found ${found ? `\`${found}\`` : 'an empty line'}.`;
    return parsed.done(null, [createDiagnostic(file, FILE_START, 'missing-field', message, { expected: '---', actual: found })]);
  }
  if (split.unclosed) {
    const message = 'Expected a closing `---` line after the front-matter, found the end of the file.';
    return parsed.done(null, [createDiagnostic(file, FILE_START, 'yaml-syntax', message, { expected: '---' })]);
  }
  // The split already counted lines: the YAML runs from line 2 to the line before the body's.
  const lines = split.bodyLine - 2;
  if (lines > MAX_FRONT_MATTER_LINES) {
    const message = `Expected front-matter of at most ${MAX_FRONT_MATTER_LINES} lines, found ${lines}; move long material into the body.`;
    return parsed.done(null, [createDiagnostic(file, FILE_START, 'yaml-syntax', message)]);
  }
  try {
    return parseYaml(file, text, { ...split, yaml: split.yaml }, parsed);
  } catch (error) {
    // Only pathological input gets here (nesting thousands of levels deep overflows the stack).
    const reason = error instanceof RangeError ? 'it is nested too deeply to read' : String(error);
    const message = `Expected front-matter of ordinary depth, found YAML that cannot be read: ${reason}.`;
    return parsed.done(null, [createDiagnostic(file, parsed.placeAt(split.yamlOffset), 'yaml-syntax', message)]);
  }
}

function parseYaml(file: string, text: string, split: FrontMatterSplit & { yaml: string }, parsed: ParsedFrontMatter): FrontMatter {
  const fast = loadYaml(split.yaml);
  if (fast !== BAIL) return parsed.done(fast, []);
  if (split.yaml.trim() === '') return parsed.done({}, []);

  const diagnostics: Diagnostic[] = [];
  const doc = parsed.document();
  const hint = doc.errors.length > 0 ? yamlHint(split.yaml, doc.errors[0]!.message) : undefined;
  if (hint) {
    // One plain sentence instead of the parser's several about implicit keys.
    const place = parsed.placeAt(split.yamlOffset + hint.offset);
    return parsed.done(null, [createDiagnostic(file, place, 'yaml-syntax', hint.message, { actual: hint.actual })]);
  }
  for (const error of doc.errors) {
    // Five say enough, and building each costs a pass over the text.
    if (diagnostics.length === 5) break;
    const quote = error.code === 'MISSING_CHAR' ? /closing (["'])quote/.exec(error.message)?.[1] : undefined;
    if (quote) {
      // yaml reports an unclosed string where the input ends; point at the quote that opened it.
      const place = parsed.placeAt(split.yamlOffset + openingQuote(split.yaml, error.pos[0], quote));
      const message = `Expected a closing \`${quote}\` for the string that starts here, found the end of the front-matter.`;
      diagnostics.push(createDiagnostic(file, place, 'yaml-syntax', message, { expected: quote }));
      continue;
    }
    const place = parsed.placeAt(split.yamlOffset + (error.pos[0] ?? 0));
    diagnostics.push(yamlDiagnostic(file, text, place, error.message));
  }
  if (diagnostics.length > 0) return parsed.done(null, diagnostics);
  let data: unknown;
  try {
    data = doc.toJS(TO_JS);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return parsed.done(null, [yamlDiagnostic(file, text, parsed.placeAt(split.yamlOffset), reason)]);
  }
  if (data === null || data === undefined) return parsed.done({}, []);
  if (typeof data !== 'object' || Array.isArray(data)) {
    const place = parsed.placeAt(split.yamlOffset);
    const message = `Expected front-matter to be a mapping of \`field: value\` lines, found ${Array.isArray(data) ? 'a list' : `\`${String(data).slice(0, 40)}\``}.`;
    return parsed.done(null, [createDiagnostic(file, place, 'yaml-syntax', message)]);
  }
  return parsed.done(data as Record<string, unknown>, []);
}

/**
 * Builds the result and places diagnostics. It keeps only the text and the split (never the parsed
 * data), because every file's `locate` lives as long as the file does; the line index and `yaml`
 * document are built on first need.
 */
class ParsedFrontMatter {
  private lines: ReturnType<typeof location> | undefined;
  private doc: Document | undefined;
  private failed = false;
  private readonly bound = this.locate.bind(this);

  constructor(
    private readonly text: string,
    private readonly split: FrontMatterSplit,
  ) {}

  done(data: Record<string, unknown> | null, diagnostics: readonly Diagnostic[]): FrontMatter {
    this.failed = data === null;
    return { data, diagnostics, body: this.split.body, bodyLine: this.split.bodyLine, locate: this.bound };
  }

  placeAt(offset: number): Place {
    const point = (this.lines ??= location(this.text)).toPoint(Math.max(0, Math.min(offset, this.text.length)));
    return point ? { line: point.line, column: point.column } : FILE_START;
  }

  document(options: typeof YAML_OPTIONS | typeof LOCATE_OPTIONS = YAML_OPTIONS): Document {
    return (this.doc ??= parseDocument(this.split.yaml ?? '', options));
  }

  locate(path: FieldPath, part: FieldPart = 'value'): Place {
    // Front-matter that did not parse has no fields to point at (its field diagnostics are dropped),
    // and building a document of it can take seconds: an unclosed block is the whole file.
    if (this.split.yaml === null || this.failed) return FILE_START;
    let offset: number | undefined;
    try {
      offset = offsetOf(this.document(LOCATE_OPTIONS), path, part);
    } catch {
      // The YAML could not be read at all (see `parseFrontMatter`): the file start will do.
    }
    return offset === undefined ? FILE_START : this.placeAt(this.split.yamlOffset + offset);
  }
}

function yamlDiagnostic(file: string, text: string, place: Place, reason: string): Diagnostic {
  const lineText = text.split('\n', place.line)[place.line - 1]?.trim().slice(0, 60) ?? '';
  const why = reason
    .replace(/\s+/g, ' ')
    .replace(/ at line \d+, column \d+.*$/, '')
    .replace(/[.:]\s*$/, '');
  const found = lineText ? `\`${lineText}\`` : 'this line';
  return createDiagnostic(file, place, 'yaml-syntax', `Expected valid YAML, found ${found}: ${why}.`, {
    actual: lineText,
  });
}

/** Offset of the last quote before `end` that is alone on its line (odd count), else `end`. */
function openingQuote(yaml: string, end: number, quote: string): number {
  let lineEnd = Math.min(end, yaml.length);
  while (lineEnd > 0) {
    const lineStart = yaml.lastIndexOf('\n', lineEnd - 1) + 1;
    const line = yaml.slice(lineStart, lineEnd);
    if (line.split(quote).length % 2 === 0) return lineStart + line.lastIndexOf(quote);
    lineEnd = lineStart - 1;
  }
  return end;
}

/** Offset of `path`'s key or value in the YAML source, or of its nearest ancestor. */
function offsetOf(doc: Document, path: FieldPath, part: FieldPart): number | undefined {
  let node: unknown = doc.contents;
  let best: number | undefined = rangeStart(node);
  for (const [i, step] of path.entries()) {
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(step));
      if (!pair) return best;
      const keyStart = rangeStart(pair.key);
      if (last && part === 'key') return keyStart ?? best;
      best = keyStart ?? best;
      node = pair.value;
      if (last) return isEmptyScalar(node) ? best : (rangeStart(node) ?? best);
    } else if (isSeq(node) && typeof step === 'number') {
      node = node.items[step];
      best = rangeStart(node) ?? best;
      if (last) return best;
    } else {
      return best;
    }
  }
  return best;
}

// `title:` with nothing after it: point at the key rather than at the end of the line.
function isEmptyScalar(node: unknown): boolean {
  return isScalar(node) && node.value === null && (!node.range || node.range[0] === node.range[1]);
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}
