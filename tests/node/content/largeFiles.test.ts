import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileFolder } from '../../../src/node/content/compileFolder';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'large-files-'));
  mkdirSync(join(dir, 'concepts'));
  mkdirSync(join(dir, 'roadmaps'));
  // Ten megabytes of ordinary Markdown: before the size limit, `check` took minutes over it.
  const section = (i: number) =>
    `## Section ${i}\n\nProse about *gradients* linking [[other]], with $x_${i}^2$ and \`code\`.\n\n- one\n- two\n\n`;
  let body = '';
  for (let i = 0; body.length < 10_000_000; i++) body += section(i);
  writeFileSync(join(dir, 'concepts/huge.md'), `---\ntitle: Huge\nsummary: S.\nprerequisites: [other]\n---\n${body}`);
  writeFileSync(join(dir, 'concepts/other.md'), '---\ntitle: Other\nsummary: S.\n---\nOther.\n');
  writeFileSync(join(dir, 'roadmaps/r.md'), '---\ntitle: R\nsummary: S.\n---\n[[huge]]\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a huge content file', () => {
  it('is an error, and check skips its body so it stays fast; its front-matter still counts', async () => {
    const started = performance.now();
    const { result } = await compileFolder(dir);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(result.diagnostics).toMatchObject([{ file: 'concepts/huge.md', line: 1, column: 1, severity: 'error', rule: 'file-too-large' }]);
    expect(result.bodies.get('concepts/huge')?.html).toBe('');
    expect(result.concepts.find((c) => c.id === 'huge')?.prerequisites.map((p) => p.id)).toEqual(['other']);
  }, 20_000);
});
