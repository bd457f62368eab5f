import { createDiagnostic, FILE_START } from '../diagnostics';
import type { Diagnostic } from '../diagnostics';
import type { BodyAnalysis } from '../markdown';
import { asConceptId, isConceptId } from '../model';
import { FieldReader } from '../frontmatter';
import type { FileFacts } from './FileFacts';
import { parseFrontMatter, type FrontMatter } from '../frontmatter';
import { analyseBody } from '../markdown';
import type { SourceFile } from '../model';
import { toConceptId } from '../model';
import { validateConcept } from '../frontmatter';
import { validateCourse } from '../frontmatter';
import { DEFAULT_SITE, validateSite } from '../frontmatter';
import { validateRoadmap } from '../frontmatter';
import { readDiagnostics } from './readDiagnostics';

const SECTION_FILE = /^(concepts|roadmaps|courses)\/(.+)\.md$/;
const SITE_FILE = /^site\.ya?ml$/;
const KIND = { concepts: 'concept', roadmaps: 'roadmap', courses: 'course' } as const;

/**
 * Reads one file on its own: where it belongs (by path), its front-matter checked field by field,
 * and, for roadmaps, the links in its body (parsed when first read). Pure and independent of
 * every other file, so the dev server redoes only this for a saved file. Never throws.
 */
export function analyseFile(file: SourceFile): FileFacts {
  const read = readDiagnostics(file, SECTION_FILE.test(file.path));
  if (read.skipped) return { ...other(file.path, file.text, [...read.diagnostics]), problem: file.problem };
  const facts = analyseText(file, read.bodyTooLarge);
  if (read.diagnostics.length === 0) return facts;
  // Descriptors, not a spread: a spread would run a roadmap's lazy `analysis` getter.
  return Object.defineProperties({} as FileFacts, {
    ...Object.getOwnPropertyDescriptors(facts),
    diagnostics: { value: [...read.diagnostics, ...facts.diagnostics], enumerable: true },
    problem: { value: file.problem, enumerable: true },
  });
}

/** `analyseFile` of a file read without trouble; `bodyTooLarge` leaves its body out. */
function analyseText(file: SourceFile, bodyTooLarge: boolean): FileFacts {
  const { path, text } = file;
  if (SITE_FILE.test(path)) return analyseSite(path, text);
  const section = SECTION_FILE.exec(path);
  if (!section) return other(path, text, []);
  const kind = KIND[section[1] as keyof typeof KIND];
  const name = section[2]!;
  if (!isConceptId(name)) {
    const guess = toConceptId(name.split('/').pop() ?? name);
    const where = name.includes('/') ? ` directly in \`${section[1]}/\`` : '';
    const hint = guess ? `; rename it to \`${guess}.md\`` : '';
    const message = `Expected a lower-case kebab-case file name${where} such as \`${section[1]}/${guess || 'some-name'}.md\`, found \`${path}\`${hint}.`;
    return other(path, text, [createDiagnostic(path, FILE_START, 'invalid-id', message, { actual: name })]);
  }
  const frontMatter = parseFrontMatter(path, text);
  const reader = new FieldReader(path, frontMatter);
  const data = frontMatter.data ?? {};
  const base = {
    path,
    text,
    body: { file: path, text: bodyTooLarge ? '' : frontMatter.body, line: frontMatter.bodyLine },
    locate: frontMatter.locate,
  };
  if (kind === 'concept') {
    const validated = validateConcept(reader, asConceptId(name), data);
    return { kind, ...base, ...validated, diagnostics: fileDiagnostics(frontMatter, reader) };
  }
  if (kind === 'course') {
    const validated = validateCourse(reader, name, data);
    return { kind, ...base, ...validated, diagnostics: fileDiagnostics(frontMatter, reader) };
  }
  const fields = validateRoadmap(reader, name, data);
  // Parsed on first use: the concept graph needs no roadmap body, and a long list of links is
  // the slowest Markdown to parse, so the dev server can answer before reading them.
  let analysis: BodyAnalysis | undefined;
  return {
    kind,
    ...base,
    id: name,
    fields,
    get analysis() {
      return (analysis ??= analyseBody(base.body));
    },
    diagnostics: fileDiagnostics(frontMatter, reader),
  };
}

/** YAML diagnostics, then field diagnostics: when the YAML did not parse, checks of the empty stand-in would only add noise. */
function fileDiagnostics(frontMatter: FrontMatter, reader: FieldReader): readonly Diagnostic[] {
  if (!frontMatter.data || reader.diagnostics.length === 0) return frontMatter.diagnostics;
  return frontMatter.diagnostics.length === 0 ? reader.diagnostics : [...frontMatter.diagnostics, ...reader.diagnostics];
}

function analyseSite(path: string, text: string): FileFacts {
  // site.yaml is plain YAML: wrap it as front-matter so one parser (and its line mapping) serves.
  const frontMatter: FrontMatter = parseFrontMatter(path, `---\n${text}\n---\n`);
  const shifted = (place: { line: number; column: number }) => ({ line: Math.max(1, place.line - 1), column: place.column });
  const locate: FrontMatter['locate'] = (fieldPath, part) => shifted(frontMatter.locate(fieldPath, part));
  const reader = new FieldReader(path, { locate });
  const site = frontMatter.data ? validateSite(reader, frontMatter.data) : DEFAULT_SITE;
  const diagnostics = frontMatter.diagnostics.map((d) => ({ ...d, ...shifted(d) }));
  return {
    kind: 'site',
    path,
    text,
    body: { file: path, text: '', line: 1 },
    locate,
    site,
    diagnostics: [...diagnostics, ...reader.diagnostics],
  };
}

function other(path: string, text: string, diagnostics: Diagnostic[]): FileFacts {
  return { kind: 'other', path, text, body: { file: path, text: '', line: 1 }, locate: () => FILE_START, diagnostics };
}
