import { DEFAULT_CONCEPT_MINUTES, RESOURCE_KINDS, type ConceptCheck, type Concept, type Prerequisite, type Resource } from '../model';
import { asConceptId, isConceptId, type ConceptId } from '../model';
import { FieldReader, type Scope } from './FieldReader';
import type { FieldPath } from './parseFrontMatter';
import { readCheck } from './readCheck';
import { toConceptId } from '../model';

/** Fields a concept's front-matter may have. */
export const CONCEPT_FIELDS = ['title', 'summary', 'prerequisites', 'resources', 'goals', 'minutes', 'aliases', 'tags', 'checks'] as const;
const PREREQUISITE_FIELDS = ['id', 'reason'] as const;
const HTTP_URL = /^https?:\/\/[^\s/?#]+[^\s]*$/;
const RESOURCE_FIELDS = ['title', 'url', 'kind', 'free', 'minutes', 'core', 'authors', 'year', 'note'] as const;

/** A validated concept plus where its prerequisites and aliases are, for cross-file diagnostics. */
export interface ValidatedConcept {
  readonly meta: Concept;
  /** `prerequisitePaths[i]` locates `meta.prerequisites[i]`. */
  readonly prerequisitePaths: readonly FieldPath[];
  /** `aliasPaths[i]` locates `meta.aliases[i]`. */
  readonly aliasPaths: readonly FieldPath[];
  /** `checkIndexes[i]` is the index in the file's `checks` of `meta.checks[i]` (invalid checks are dropped). */
  readonly checkIndexes: readonly number[];
}

/**
 * Checks a concept's front-matter field by field (missing, wrong type, unknown) and builds its
 * metadata from whatever is valid: a bad field costs that field, not the concept. Prerequisite ids
 * are kept as written; the compiler resolves them across files.
 */
export function validateConcept(reader: FieldReader, id: ConceptId, data: Record<string, unknown>): ValidatedConcept {
  const top: Scope = { data, path: [] };
  reader.unknownFields(top, CONCEPT_FIELDS);
  const title = reader.title(top, 'title', true) ?? id;
  const summary = reader.string(top, 'summary', true) ?? '';

  const prerequisites: Prerequisite[] = [];
  const prerequisitePaths: FieldPath[] = [];
  for (const [i, item] of reader.list(top, 'prerequisites').entries()) {
    const read = readPrerequisite(reader, top, i, item);
    if (!read) continue;
    prerequisites.push(read.prerequisite);
    prerequisitePaths.push(read.path);
  }

  const resources: Resource[] = [];
  for (const [i, item] of reader.list(top, 'resources').entries()) {
    const resource = readResource(reader, top, i, item);
    if (resource) resources.push(resource);
  }

  const goals = reader.stringList(top, 'goals', 'a sentence');
  const minutes = reader.wholeNumber(top, 'minutes', 1);
  const aliases: ConceptId[] = [];
  const aliasPaths: FieldPath[] = [];
  for (const [i, item] of reader.list(top, 'aliases').entries()) {
    if (typeof item === 'string' && isConceptId(item)) {
      aliases.push(asConceptId(item));
      aliasPaths.push(['aliases', i]);
    } else {
      reader.itemInvalid(top, 'aliases', i, 'an old concept id (lower-case kebab-case)', item, kebabHint(item));
    }
  }
  const tags = reader.stringList(top, 'tags', 'a short tag');
  const checks: ConceptCheck[] = [];
  const checkIndexes: number[] = [];
  for (const [i, item] of reader.list(top, 'checks').entries()) {
    const check = readCheck(reader, top, i, item);
    if (!check) continue;
    checks.push(check);
    checkIndexes.push(i);
  }

  let coreMinutes: number | undefined;
  for (const r of resources) if (r.core && r.minutes !== undefined) coreMinutes = (coreMinutes ?? 0) + r.minutes;
  const estimate = minutes ?? coreMinutes ?? DEFAULT_CONCEPT_MINUTES;
  const meta: Concept = {
    id,
    file: reader.file,
    title,
    summary,
    prerequisites,
    resources,
    goals,
    aliases,
    tags,
    ...(checks.length === 0 ? {} : { checks }),
    ...(minutes === undefined ? {} : { minutes }),
    estimate,
  };
  return { meta, prerequisitePaths, aliasPaths, checkIndexes };
}

function kebabHint(value: unknown): string {
  if (typeof value !== 'string') return '';
  const guess = toConceptId(value);
  return guess && guess !== value ? `; did you mean \`${guess}\`?` : '';
}

function readPrerequisite(
  reader: FieldReader,
  top: Scope,
  i: number,
  item: unknown,
): { prerequisite: Prerequisite; path: FieldPath } | undefined {
  const expected = 'a concept id or `{id, reason}`';
  if (typeof item === 'string') {
    if (isConceptId(item)) return { prerequisite: { id: asConceptId(item) }, path: ['prerequisites', i] };
    reader.itemInvalid(top, 'prerequisites', i, 'a concept id (lower-case kebab-case)', item, kebabHint(item));
    return undefined;
  }
  const scope = reader.itemScope(top, 'prerequisites', i, item, 'prerequisite', PREREQUISITE_FIELDS, expected);
  if (!scope) return undefined;
  const id = reader.string(scope, 'id', true);
  const reason = reader.string(scope, 'reason', false);
  if (id === undefined) return undefined;
  if (!isConceptId(id)) {
    reader.invalid(scope, 'id', 'a concept id (lower-case kebab-case)', id, kebabHint(id));
    return undefined;
  }
  const prerequisite: Prerequisite = reason === undefined ? { id: asConceptId(id) } : { id: asConceptId(id), reason };
  return { prerequisite, path: ['prerequisites', i, 'id'] };
}

function readResource(reader: FieldReader, top: Scope, i: number, item: unknown): Resource | undefined {
  const scope = reader.itemScope(
    top,
    'resources',
    i,
    item,
    'resource',
    RESOURCE_FIELDS,
    'a mapping with `title`, `url`, `kind` and `free`',
  );
  if (!scope) return undefined;
  const title = reader.title(scope, 'title', true);
  const url = reader.string(scope, 'url', true);
  if (url !== undefined && !HTTP_URL.test(url)) {
    reader.invalid(scope, 'url', 'an `http://` or `https://` address', url);
  }
  const kind = reader.choice(scope, 'kind', RESOURCE_KINDS, true);
  const free = reader.boolean(scope, 'free', true);
  const minutes = reader.wholeNumber(scope, 'minutes', 0);
  const core = reader.boolean(scope, 'core', false);
  const authors = scope.data.authors === undefined ? undefined : reader.stringList(scope, 'authors', 'a name');
  const year = reader.wholeNumber(scope, 'year', 0);
  const note = reader.string(scope, 'note', false);
  if (title === undefined || url === undefined || !HTTP_URL.test(url) || kind === undefined || free === undefined) {
    return undefined;
  }
  // Built field by field (not with spreads) to allocate nothing but the result.
  const resource: { -readonly [K in keyof Resource]: Resource[K] } = { title, url, kind, free, core: core ?? true };
  if (minutes !== undefined) resource.minutes = minutes;
  if (authors !== undefined) resource.authors = authors;
  if (year !== undefined) resource.year = year;
  if (note !== undefined) resource.note = note;
  return resource;
}
