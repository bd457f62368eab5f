import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newCommand } from '../../../src/node/cli/newCommand';
import { checkCommand, type Output } from '../../../src/node/cli/checkCommand';
import { compile } from '../../../src/core/compile/compile';
import { CONCEPT_FIELDS } from '../../../src/core/frontmatter/validateConcept';
import { ROADMAP_FIELDS } from '../../../src/core/frontmatter/validateRoadmap';
import { COURSE_FIELDS } from '../../../src/core/frontmatter/validateCourse';

let dir: string;
const lines: string[] = [];
const output: Output = { out: (l) => lines.push(l), err: (l) => lines.push(l) };
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'new-command-'));
  lines.length = 0;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('new', () => {
  it('scaffolds a concept with every field, under a kebab-case id, that compiles without errors', async () => {
    expect(await newCommand(['concept', 'Feed-forward', 'Neural Nets'], output, { CONTENT_DIR: dir })).toBe(0);
    const file = join(dir, 'concepts', 'feed-forward-neural-nets.md');
    const text = readFileSync(file, 'utf8');
    for (const field of CONCEPT_FIELDS) expect(text).toMatch(new RegExp(`^#? ?${field}:`, 'm'));
    expect(text).toContain('title: "Feed-forward Neural Nets"');
    const { diagnostics, concepts } = compile([{ path: 'concepts/feed-forward-neural-nets.md', text }]);
    // No errors; a warning for each placeholder left to replace.
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(diagnostics.filter((d) => d.rule === 'placeholder').map((d) => d.actual)).toEqual([
      'One to three sentences: what the concept is and why it matters.',
      'Title of a book chapter, lecture or article',
      'https://example.org/',
      'Optional remark about this resource (or delete this line).',
      'What the learner can do afterwards.',
    ]);
    expect(diagnostics.filter((d) => d.rule !== 'placeholder').map((d) => d.rule)).toEqual(['orphan']);
    expect(concepts[0]!.title).toBe('Feed-forward Neural Nets');
    expect(lines[0]).toMatch(/Created .*feed-forward-neural-nets\.md$/);
  });

  it('scaffolds commented examples that compile once uncommented, giving a prerequisite and two checks', async () => {
    await newCommand(['concept', 'Vectors'], output, { CONTENT_DIR: dir });
    await newCommand(['concept', 'Matrices'], output, { CONTENT_DIR: dir });
    const matrices = readFileSync(join(dir, 'concepts', 'matrices.md'), 'utf8')
      .replace(/^(\s*)# (- | {2})/gm, '$1$2')
      .replace('other-concept', 'vectors');
    const files = [
      { path: 'concepts/vectors.md', text: readFileSync(join(dir, 'concepts', 'vectors.md'), 'utf8') },
      { path: 'concepts/matrices.md', text: matrices },
    ];
    const { diagnostics, concepts } = compile(files);
    // vectors is a prerequisite, so only matrices is unlinked
    expect(diagnostics.filter((d) => d.rule !== 'placeholder').map((d) => d.rule)).toEqual(['orphan']);
    const meta = concepts.find((c) => c.id === 'matrices')!;
    expect(meta.prerequisites.map((p) => p.id)).toEqual(['vectors']);
    expect(meta.checks?.map((c) => c.kind)).toEqual(['choice', 'recall']);
  });

  it('scaffolds a roadmap with every field', async () => {
    expect(await newCommand(['roadmap', 'Deep learning, from scratch!'], output, { CONTENT_DIR: dir })).toBe(0);
    const text = readFileSync(join(dir, 'roadmaps', 'deep-learning-from-scratch.md'), 'utf8');
    for (const field of ROADMAP_FIELDS) expect(text).toMatch(new RegExp(`^${field}:`, 'm'));
    const { diagnostics } = compile([{ path: 'roadmaps/deep-learning-from-scratch.md', text }]);
    expect(diagnostics.map((d) => [d.rule, d.actual])).toEqual([
      ['placeholder', 'One to three sentences: who this roadmap is for and where it leads.'],
      ['placeholder', 'Your name'],
    ]);
  });

  it('scaffolds a course with every field, its first week on a concept the content has', async () => {
    await newCommand(['concept', 'Vectors'], output, { CONTENT_DIR: dir });
    expect(await newCommand(['course', 'Linear algebra in four weeks'], output, { CONTENT_DIR: dir })).toBe(0);
    const text = readFileSync(join(dir, 'courses', 'linear-algebra-in-four-weeks.md'), 'utf8');
    for (const field of COURSE_FIELDS) expect(text).toMatch(new RegExp(`^${field}:`, 'm'));
    expect(text).toContain('targets: [vectors]');
    const files = [
      { path: 'concepts/vectors.md', text: readFileSync(join(dir, 'concepts', 'vectors.md'), 'utf8') },
      { path: 'courses/linear-algebra-in-four-weeks.md', text },
    ];
    expect(compile(files).diagnostics.filter((d) => d.rule !== 'placeholder' || d.file.startsWith('concepts/'))).toEqual(
      compile(files).diagnostics.filter((d) => d.file.startsWith('concepts/')),
    );
    expect(compile(files).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(
      compile(files)
        .diagnostics.filter((d) => d.file.startsWith('courses/'))
        .map((d) => d.actual),
    ).toEqual([
      'One to three sentences: what the course covers and for whom.',
      'Your name',
      'Week 1: First topic',
      'Optional sentence about the week (or delete this line).',
    ]);
  });

  it('refuses to overwrite an existing file', async () => {
    await newCommand(['concept', 'Vectors'], output, { CONTENT_DIR: dir });
    const before = readFileSync(join(dir, 'concepts', 'vectors.md'), 'utf8');
    expect(await newCommand(['concept', 'vectors'], output, { CONTENT_DIR: dir })).toBe(1);
    expect(lines.at(-1)).toMatch(/already exists/);
    expect(readFileSync(join(dir, 'concepts', 'vectors.md'), 'utf8')).toBe(before);
  });

  it('explains its usage when the kind or title is wrong', async () => {
    expect(await newCommand(['lesson', 'X'], output, { CONTENT_DIR: dir })).toBe(2);
    expect(await newCommand(['concept'], output, { CONTENT_DIR: dir })).toBe(2);
    expect(await newCommand(['concept', '!!!'], output, { CONTENT_DIR: dir })).toBe(2);
    expect(existsSync(join(dir, 'concepts'))).toBe(false);
  });

  it('takes an explicit id, for a title that makes no file name', async () => {
    expect(await newCommand(['concept', 'ベクトル', '--id', 'vectors'], output, { CONTENT_DIR: dir })).toBe(0);
    expect(await newCommand(['roadmap', '--id=linear-algebra', '線形代数'], output, { CONTENT_DIR: dir })).toBe(0);
    const text = readFileSync(join(dir, 'concepts', 'vectors.md'), 'utf8');
    expect(text).toContain('title: "ベクトル"');
    expect(readFileSync(join(dir, 'roadmaps', 'linear-algebra.md'), 'utf8')).toContain('title: "線形代数"');
    expect(compile([{ path: 'concepts/vectors.md', text }]).concepts[0]).toMatchObject({ id: 'vectors', title: 'ベクトル' });
  });

  it('suggests --id when a title makes no file name, and rejects an id that is not kebab-case', async () => {
    expect(await newCommand(['concept', 'ベクトル'], output, { CONTENT_DIR: dir })).toBe(2);
    expect(lines.at(-1)).toContain('cannot make a file name from `ベクトル`; give one with `--id`');
    expect(lines.at(-1)).toContain('npm run new -- concept "ベクトル" --id <id>');
    expect(await newCommand(['concept', 'Vectors', '--id', 'Vectors_2'], output, { CONTENT_DIR: dir })).toBe(2);
    expect(lines.at(-1)).toBe(
      'new: expected `--id` to be lower-case kebab-case (letters, digits, single dashes) such as `gradient-descent`, found `Vectors_2`.',
    );
    expect(await newCommand(['concept', 'Vectors', '--id'], output, { CONTENT_DIR: dir })).toBe(2);
    expect(lines.at(-1)).toMatch(/^new: `--id` needs an id after it\.\nusage: /);
    expect(existsSync(join(dir, 'concepts'))).toBe(false);
  });
});

describe('new site', () => {
  const check = async (contentDir: string) => {
    const out: string[] = [];
    const code = await checkCommand(['--json'], { out: (l) => out.push(l), err: (l) => out.push(l) }, { CONTENT_DIR: contentDir });
    const report = JSON.parse(out.join('\n')) as { diagnostics: { rule: string; severity: string; file: string }[] };
    return { code, diagnostics: report.diagnostics };
  };

  it('starts a content folder that checks with no errors, warning only about placeholders', async () => {
    const site = join(dir, 'my-notes');
    expect(await newCommand(['site', site], output, {})).toBe(0);
    expect(readdirSync(site, { recursive: true }).map(String).sort()).toEqual([
      'concepts',
      join('concepts', 'first-concept.md'),
      'courses',
      join('courses', 'first-course.md'),
      'roadmaps',
      join('roadmaps', 'getting-started.md'),
      'site.yaml',
    ]);
    const yaml = readFileSync(join(site, 'site.yaml'), 'utf8');
    expect(yaml).toMatch(/^title: "My notes"/m);
    expect(yaml).toMatch(/^featuredRoadmap: getting-started/m);
    expect(readFileSync(join(site, 'roadmaps', 'getting-started.md'), 'utf8')).toContain('[[first-concept]]');
    expect(readFileSync(join(site, 'courses', 'first-course.md'), 'utf8')).toContain('targets: [first-concept]');
    const { code, diagnostics } = await check(site);
    expect(code).toBe(0);
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics.filter((d) => d.rule !== 'placeholder')).toEqual([]);
    expect(new Set(diagnostics.map((d) => d.file))).toEqual(
      new Set(['concepts/first-concept.md', 'roadmaps/getting-started.md', 'courses/first-course.md']),
    );
    expect(lines.at(-1)).toContain('npm run check');
  });

  it('writes a site.yaml whose commented fields are valid once uncommented', async () => {
    const site = join(dir, 'notes');
    expect(await newCommand(['site', site, 'Topology', 'notes'], output, {})).toBe(0);
    const yaml = readFileSync(join(site, 'site.yaml'), 'utf8');
    const uncommented = yaml.replace(/^# (\w+:)/gm, '$1');
    for (const field of ['description', 'editUrl']) expect(uncommented).toMatch(new RegExp(`^${field}: `, 'm'));
    writeFileSync(join(site, 'site.yaml'), uncommented);
    const { code, diagnostics } = await check(site);
    expect(code).toBe(0);
    expect(diagnostics.filter((d) => d.file === 'site.yaml')).toEqual([]);
    const { site: config } = compile([{ path: 'site.yaml', text: uncommented }]);
    expect(config.title).toBe('Topology notes');
    expect(config.description).toMatch(/^One sentence/);
    expect(config.editUrl).toContain('{path}');
  });

  it('refuses a folder that is not empty, and writes nothing into it', async () => {
    const site = join(dir, 'taken');
    mkdirSync(site);
    writeFileSync(join(site, 'notes.txt'), 'mine');
    expect(await newCommand(['site', site], output, {})).toBe(1);
    expect(lines.at(-1)).toMatch(/^new: `.*taken` is not empty; give a new or empty folder/);
    expect(readdirSync(site)).toEqual(['notes.txt']);
    expect(await newCommand(['site'], output, {})).toBe(2);
  });
});
