import type { Diagnostic, RuleId } from '../diagnostics';
import { createDiagnostic, type DiagnosticExtras } from '../diagnostics';
import { closestMatch } from '../text';
import { isPlaceholder } from './placeholders';
import { actualValue, describeValue } from './describeValue';
import type { FieldPath, FieldPart, FrontMatter } from './parseFrontMatter';

/** Unknown fields reported one by one in a mapping; the rest get one diagnostic together. */
export const MAX_UNKNOWN_FIELDS = 10;

/** A mapping in the front-matter and where it sits: the top level, or item `index` of a list. */
export interface Scope {
  readonly data: Record<string, unknown>;
  readonly path: FieldPath;
  /** What one item of the list is called in messages (`resource`), for nested mappings. */
  readonly item?: string;
  readonly index?: number;
}

/** Words appended to field names in messages: `` at the top level, ` of resource 2` in a list. */
export function whereIn(scope: Scope): string {
  return scope.item === undefined ? '' : ` of ${scope.item} ${(scope.index ?? 0) + 1}`;
}

/** True for a YAML mapping (not a list, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads typed fields out of front-matter and records a placed diagnostic for each author mistake.
 * Every reader returns undefined for a missing or wrong value, so validation carries on.
 */
export class FieldReader {
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    readonly file: string,
    private readonly frontMatter: Pick<FrontMatter, 'locate'>,
  ) {}

  /** Records a diagnostic at `path` (its key or value). */
  report(path: FieldPath, part: FieldPart, rule: RuleId, message: string, extras?: DiagnosticExtras): void {
    this.diagnostics.push(createDiagnostic(this.file, this.frontMatter.locate(path, part), rule, message, extras));
  }

  /** Reports each field of `scope` not in `known`, suggesting the closest known name (an error when there is one). */
  unknownFields(scope: Scope, known: readonly string[]): void {
    const unknown = Object.keys(scope.data).filter((key) => !known.includes(key));
    for (const [i, key] of unknown.entries()) {
      if (i === MAX_UNKNOWN_FIELDS) {
        // Past a handful, each more warning is noise (and placing thousands costs seconds).
        const message = `Expected known fields${whereIn(scope)}, found ${unknown.length - i} more unknown fields from \`${key}\` on; known fields are ${known.join(', ')}.`;
        this.report([...scope.path, key], 'key', 'unknown-field', message, { actual: key });
        return;
      }
      const guess = closestMatch(key, known);
      const hint = guess ? `; did you mean \`${guess}\`?` : `; known fields are ${known.join(', ')}.`;
      // A near miss of a known field (`prerequisities`) silently drops what the author meant to
      // say, so it fails the check; a field unlike any known one is only a warning.
      this.report([...scope.path, key], 'key', 'unknown-field', `Expected a known field${whereIn(scope)}, found \`${key}\`${hint}`, {
        actual: key,
        ...(guess ? { expected: guess, severity: 'error' } : {}),
      });
    }
  }

  /** Reports a missing required field: at its key when written empty (`title:`), else at its parent. */
  missing(scope: Scope, key: string): void {
    const written = Object.hasOwn(scope.data, key);
    const article = /^(?:[aeio]|u(?!rl))/.test(key) ? 'an' : 'a';
    const message = `Expected ${article} \`${key}\` field${whereIn(scope)}, found ${written ? 'it empty' : 'none'}.`;
    this.report(written ? [...scope.path, key] : scope.path, written ? 'key' : 'value', 'missing-field', message, { expected: key });
  }

  /** Reports a value of the wrong shape. */
  invalid(scope: Scope, key: string, expected: string, value: unknown, hint = ''): void {
    const actual = actualValue(value);
    this.report(
      [...scope.path, key],
      'value',
      'invalid-field',
      `Expected \`${key}\`${whereIn(scope)} to be ${expected}, found ${describeValue(value)}${hint || '.'}`,
      {
        expected,
        ...(actual === undefined ? {} : { actual }),
      },
    );
  }

  /** A non-empty string (surrounding space trimmed). */
  string(scope: Scope, key: string, required: boolean): string | undefined {
    const value = scope.data[key];
    if (value === undefined || value === null) {
      if (required) this.missing(scope, key);
      return undefined;
    }
    if (typeof value !== 'string' || value.trim() === '') {
      this.invalid(scope, key, 'some text', value);
      return undefined;
    }
    this.placeholder([...scope.path, key], value.trim(), `\`${key}\`${whereIn(scope)}`);
    return value.trim();
  }

  /** Warns when `value`, written at `path`, is text the scaffold left for the author to replace. */
  placeholder(path: FieldPath, value: string, name: string): void {
    if (!isPlaceholder(value)) return;
    const what = /^https?:/.test(value) ? 'a real address' : 'your own text';
    this.report(
      path,
      'value',
      'placeholder',
      `Expected ${what} in ${name}, found the placeholder \`${value}\`; replace it or delete the line.`,
      {
        actual: value,
      },
    );
  }

  /** A title: non-empty text on one line (a line break in it would break every list it is shown in). */
  title(scope: Scope, key: string, required: boolean): string | undefined {
    const value = this.string(scope, key, required);
    if (value === undefined || !/[\r\n\u2028\u2029]/.test(value)) return value;
    this.invalid(scope, key, 'one line of text', value, '; use `>-` or join the lines, so the title has no line break.');
    return value.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ');
  }

  /** `true` or `false`. */
  boolean(scope: Scope, key: string, required: boolean): boolean | undefined {
    const value = scope.data[key];
    if (value === undefined || value === null) {
      if (required) this.missing(scope, key);
      return undefined;
    }
    if (typeof value !== 'boolean') {
      this.invalid(scope, key, '`true` or `false`', value);
      return undefined;
    }
    return value;
  }

  /** A whole number at least `min`. */
  wholeNumber(scope: Scope, key: string, min: number): number | undefined {
    const value = scope.data[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
      this.invalid(scope, key, `a whole number of at least ${min}`, value);
      return undefined;
    }
    return value;
  }

  /** One of `choices`, with "did you mean" for near misses. */
  choice<T extends string>(scope: Scope, key: string, choices: readonly T[], required: boolean): T | undefined {
    const value = scope.data[key];
    if (value === undefined || value === null) {
      if (required) this.missing(scope, key);
      return undefined;
    }
    if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as T;
    const guess = typeof value === 'string' ? closestMatch(value, choices) : undefined;
    this.invalid(scope, key, `one of ${choices.join(', ')}`, value, guess ? `; did you mean \`${guess}\`?` : '');
    return undefined;
  }

  /** A list (null or absent reads as empty); anything else is reported. */
  list(scope: Scope, key: string, required = false): readonly unknown[] {
    const value = scope.data[key];
    if (value === undefined || value === null) {
      if (required) this.missing(scope, key);
      return [];
    }
    if (!Array.isArray(value)) {
      this.invalid(scope, key, 'a list', value);
      return [];
    }
    return value;
  }

  /** A list of non-empty strings; bad items are reported and skipped. */
  stringList(scope: Scope, key: string, what: string): string[] {
    const out: string[] = [];
    for (const [i, item] of this.list(scope, key).entries()) {
      if (typeof item === 'string' && item.trim() !== '') {
        out.push(item.trim());
        this.placeholder([...scope.path, key, i], item.trim(), `item ${i + 1} of \`${key}\`${whereIn(scope)}`);
      } else this.itemInvalid(scope, key, i, what, item);
    }
    return out;
  }

  /**
   * Item `i` of list `key` as a scope of its own, its fields checked against `known`; undefined
   * (and reported, as not `expected`) when the item is not a mapping. `name` is what one item is
   * called in messages (`resource`).
   */
  itemScope(
    top: Scope,
    key: string,
    i: number,
    item: unknown,
    name: string,
    known: readonly string[],
    expected: string,
  ): Scope | undefined {
    if (!isRecord(item)) {
      this.itemInvalid(top, key, i, expected, item);
      return undefined;
    }
    const scope: Scope = { data: item, path: [...top.path, key, i], item: name, index: i };
    this.unknownFields(scope, known);
    return scope;
  }

  /** Reports list item `i` of `key`. */
  itemInvalid(scope: Scope, key: string, i: number, expected: string, value: unknown, hint = ''): void {
    const actual = actualValue(value);
    const message = `Expected item ${i + 1} of \`${key}\`${whereIn(scope)} to be ${expected}, found ${describeValue(value)}${hint || '.'}`;
    this.report([...scope.path, key, i], 'value', 'invalid-field', message, {
      expected,
      ...(actual === undefined ? {} : { actual }),
    });
  }
}
