import { describe, expect, it } from 'vitest';
import { generateContent } from '../../../bench/generateContent';
import { compileParallel } from '../../../src/node/workers/compileParallel';
import { compile } from '../../../src/core/compile/compile';

describe('compileParallel', () => {
  it('gives exactly what compile gives, with bodies rendered on worker threads', async () => {
    const files = [
      ...generateContent(60, 7),
      { path: 'concepts/broken.md', text: '---\ntitle: B\nsummary: S.\nprerequisites: [nope]\n---\n[[zz]] <script>x</script>' },
    ];
    const parallel = await compileParallel(files, { assets: [], workers: 2, batch: 8 });
    const single = compile(files, { assets: [] });
    expect(parallel.diagnostics).toEqual(single.diagnostics);
    expect([...parallel.bodies]).toEqual([...single.bodies]);
    expect(parallel.concepts).toEqual(single.concepts);
    expect(parallel.diagnostics.map((d) => d.rule)).toEqual(expect.arrayContaining(['unknown-prerequisite', 'broken-link', 'unsafe-html']));
  }, 60_000);
});
