import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planCommand } from '../../../src/node/cli/planCommand';

function conceptFile(title: string, prerequisites: [string, string][], minutes: number, aliases: string[] = []): string {
  const prereqs = prerequisites.map(([id, reason]) => `  - id: ${id}\n    reason: ${reason}`).join('\n');
  return [
    '---',
    `title: ${title}`,
    `summary: ${title} in one sentence.`,
    prerequisites.length ? `prerequisites:\n${prereqs}` : 'prerequisites: []',
    'resources: []',
    'goals: []',
    `minutes: ${minutes}`,
    `aliases: [${aliases.join(', ')}]`,
    'tags: []',
    '---',
    '',
    `About ${title}.`,
    '',
  ].join('\n');
}

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plan-command-'));
  await mkdir(join(dir, 'concepts'), { recursive: true });
  await mkdir(join(dir, 'roadmaps'), { recursive: true });
  const files: Record<string, string> = {
    'derivatives.md': conceptFile('Derivatives', [], 60),
    'vectors.md': conceptFile('Vectors', [], 30),
    'chain-rule.md': conceptFile('The chain rule', [['derivatives', 'It composes derivatives.']], 45, ['composition-rule']),
    'backpropagation.md': conceptFile(
      'Backpropagation',
      [
        ['chain-rule', 'Each backward step is the chain rule.'],
        ['vectors', 'Activations are vectors.'],
      ],
      90,
    ),
  };
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, 'concepts', name), text);
  await writeFile(join(dir, 'roadmaps', 'start.md'), '---\ntitle: Start\nsummary: Where to start.\n---\n\nRead [[backpropagation]].\n');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(args: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await planCommand(args, { out: (l) => out.push(l), err: (l) => err.push(l) }, { CONTENT_DIR: dir, ...env });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('plan command', () => {
  it('prints the numbered plan with estimates, the total time and the share link', async () => {
    const { code, out } = await run(['backpropagation']);
    expect(code).toBe(0);
    expect(out).toContain('Plan for Backpropagation (backpropagation)');
    expect(out).toContain(
      [
        '1. Derivatives (derivatives), 1 h [ready now]',
        '2. The chain rule (chain-rule), 45 min',
        '3. Vectors (vectors), 30 min [ready now]',
        '4. Backpropagation (backpropagation), 1 h 30 min [target]',
      ].join('\n'),
    );
    expect(out).toContain('Total: 4 concepts, 3 h 45 min; 2 ready now.');
    expect(out).toContain('Share: /plan/v1/backpropagation');
  });

  it('leaves out what is known, resolves aliases and prefixes SITE_URL to the link', async () => {
    const { code, out } = await run(['backpropagation', '--known', 'composition-rule,vectors'], { SITE_URL: 'https://learn.example.org/' });
    expect(code).toBe(0);
    expect(out).toContain('\n1. Backpropagation (backpropagation), 1 h 30 min [ready now, target]\n');
    expect(out).toContain('Total: 1 concept, 1 h 30 min; 1 ready now.');
    expect(out).toContain('Share: https://learn.example.org/plan/v1/backpropagation?k=chain-rule,vectors');
  });

  it('prints one JSON object with --json', async () => {
    const { code, out } = await run(['backpropagation', '--known=vectors', '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(out) as {
      steps: { id: string; title: string; minutes: number; ready: boolean }[];
      totals: { hours: number };
      url: string;
    };
    expect(json.steps.map((s) => [s.id, s.title, s.minutes, s.ready])).toEqual([
      ['derivatives', 'Derivatives', 60, true],
      ['chain-rule', 'The chain rule', 45, false],
      ['backpropagation', 'Backpropagation', 90, false],
    ]);
    expect(json.totals).toEqual({ concepts: 3, minutes: 195, hours: 3.3, readyNow: 1 });
    expect(json.url).toBe('/plan/v1/backpropagation?k=vectors');
  });

  it('exits 1 naming an unknown target with close ids', async () => {
    const { code, out, err } = await run(['backpropogation']);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toBe('plan: Unknown concept `backpropogation`: did you mean `backpropagation`?');
  });

  it('warns about unknown --known ids and rejects bad usage', async () => {
    const warned = await run(['chain-rule', '--known', 'nope']);
    expect(warned.code).toBe(0);
    expect(warned.err).toBe('plan: ignoring --known ids that name no concept: nope');
    expect((await run([])).code).toBe(2);
    expect((await run(['vectors', '--verbose'])).err).toMatch(/unknown option `--verbose`/);
  });
});
