import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newCommand } from '../../../src/node/cli/newCommand';
import type { Output } from '../../../src/node/cli/checkCommand';
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
});
