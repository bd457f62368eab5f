import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { SourceFile } from '../src/core/model';

/** Writes `files` into a new temporary content folder and returns its path. */
export async function writeContent(files: readonly SourceFile[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'roadmaps-bench-'));
  const folders = new Set(files.map((f) => dirname(join(dir, f.path))));
  for (const folder of folders) await mkdir(folder, { recursive: true });
  for (let i = 0; i < files.length; i += 256) {
    await Promise.all(files.slice(i, i + 256).map((f) => writeFile(join(dir, f.path), f.text)));
  }
  return dir;
}
