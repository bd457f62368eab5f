import { describe, expect, it } from 'vitest';
import type { ConceptId } from '../../../src/core/model/ConceptId';
import { exportFileName } from '../../../src/core/export/exportFileName';
import { planToText } from '../../../src/core/export/planToText';
import { toPlanDocument } from '../../../src/core/export/toPlanDocument';
import { buildGraph } from '../../../src/core/graph/buildGraph';
import { planFor } from '../../../src/core/planner/planFor';
import { concept } from '../planner/graphOf';

const ORIGIN = 'https://learn.example.org/roadmaps/';
const chain = Array.from({ length: 11 }, (_, i) =>
  concept(`c${i}`, i === 0 ? [] : [`c${i - 1}`], { title: `Concept *${i}*`, estimate: 10 + i }),
);
const graph = buildGraph(chain);

function textFor(target: string, known: string[] = [], title?: string, note?: string): string {
  const result = planFor(graph, [target], new Set(known));
  if (!result.ok) throw new Error(result.error.message);
  const spec = { targets: [target as ConceptId], known: known as ConceptId[], ...(title ? { title } : {}), ...(note ? { note } : {}) };
  return planToText(toPlanDocument(graph, result.plan, spec, ORIGIN, 'Plan for the last concept'));
}

describe('planToText', () => {
  it('numbers the steps in plan order, each with its minutes and its URL on the next line', () => {
    const text = textFor('c10', ['c7']);
    const lines = text.split('\n');
    const stepLines = lines.filter((l) => /^\s*\d+\. /.test(l));
    expect(stepLines).toEqual(['1. Concept *8* (18 min)', '2. Concept *9* (19 min)', '3. Concept *10* (20 min)']);
    for (const line of stepLines) {
      const next = lines[lines.indexOf(line) + 1]!;
      expect(next).toMatch(/^ {3}https:\/\/learn\.example\.org\/roadmaps\/concepts\/c\d+$/);
    }
    expect(lines[lines.indexOf(stepLines[0]!) + 1]!.trim()).toBe('https://learn.example.org/roadmaps/concepts/c8');
  });

  it('aligns numbers past nine and keeps the text free of markup', () => {
    const text = textFor('c10', [], 'Chain, all of it', 'Two lines\nof note');
    expect(
      text.startsWith(
        'Chain, all of it\n\nTwo lines\nof note\n\n11 steps, 2 h 45 min\nPlan: https://learn.example.org/roadmaps/plan/v1/c10?',
      ),
    ).toBe(true);
    expect(text).toContain('\n 1. Concept *0* (10 min)\n    https://');
    expect(text).toContain('\n11. Concept *10* (20 min)\n    https://');
    expect(text).not.toMatch(/\[ \]|\]\(|^#/m);
    expect(text.endsWith('/concepts/c10\n')).toBe(true);
  });

  it('names the concepts the plan assumes known, before the steps', () => {
    const text = textFor('c10', ['c7', 'c3']);
    expect(text).toContain('\nAssumed known: Concept *7*, Concept *3*.\n\n1. Concept *8* (18 min)\n');
    expect(textFor('c10')).not.toContain('Assumed known');
  });

  it('says so when every concept is assumed known', () => {
    const text = textFor('c0', ['c0']);
    expect(text).toContain('0 steps, 0 min');
    expect(text).toContain('Nothing to learn');
  });
});

describe('exportFileName', () => {
  it('makes a lower-case dashed name from the title', () => {
    expect(exportFileName('Week 3: Backprop & friends', 'md')).toBe('week-3-backprop-friends.md');
    expect(exportFileName('Régularisation  naïve', 'txt')).toBe('regularisation-naive.txt');
  });

  it('falls back when nothing usable is left and caps the length', () => {
    expect(exportFileName('???', 'md')).toBe('plan.md');
    expect(exportFileName('日本語', 'txt', 'course')).toBe('course.txt');
    const long = exportFileName('a'.repeat(50) + ' ' + 'b'.repeat(50), 'md');
    expect(long.length).toBeLessThanOrEqual(63);
    expect(long).toMatch(/^a+-b+\.md$/);
  });
});
