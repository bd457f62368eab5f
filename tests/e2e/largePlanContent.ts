import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomLayeredDag } from '../../bench/randomLayeredDag';

/**
 * Writes a content folder of `n` synthetic concepts into `dir`, every one of them on the way to
 * one target (the layout bench's generator), so the target's plan has `n` steps. Returns the
 * target's id.
 */
export async function writeLargePlanContent(dir: string, n: number): Promise<string> {
  const plan = randomLayeredDag(n, 7);
  const prerequisites: number[][] = Array.from({ length: n }, () => []);
  for (const [a, b] of plan.edges) prerequisites[b]!.push(a);
  const id = (i: number) => `step-${i}`;
  await mkdir(join(dir, 'concepts'), { recursive: true });
  await writeFile(join(dir, 'site.yaml'), 'title: Large plan\ndescription: One plan of many steps.\n');
  await Promise.all(
    prerequisites.map((ps, i) =>
      writeFile(
        join(dir, 'concepts', `${id(i)}.md`),
        [
          '---',
          `title: Concept ${i}`,
          `summary: Synthetic concept ${i} of a ${n}-step plan.`,
          ps.length === 0
            ? 'prerequisites: []'
            : `prerequisites:\n${ps.map((p) => `  - id: ${id(p)}\n    reason: It builds on it.`).join('\n')}`,
          'resources:',
          `  - title: Notes on concept ${i}`,
          `    url: https://reading.roadmaps.test/${id(i)}`,
          '    kind: notes',
          '    free: true',
          'minutes: 20',
          '---',
          '',
          `Concept ${i} exists to see how the plan page copes with a plan of ${n} steps.`,
          '',
        ].join('\n'),
      ),
    ),
  );
  return id(plan.target);
}
