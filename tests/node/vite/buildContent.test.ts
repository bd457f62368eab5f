import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContent } from '../../../src/node/vite/buildContent';

const FIXTURE = join(import.meta.dirname, '../../fixtures/unsafe-asset');

describe('buildContent and assets', () => {
  it('publishes SVGs sanitised, leaves web pages and XML out, and reports both', async () => {
    const { files, result } = await buildContent(FIXTURE);
    const assets = new Map(files.filter((f) => f.fileName.startsWith('content/assets/')).map((f) => [f.fileName, String(f.source)]));
    expect([...assets.keys()].sort()).toEqual(['content/assets/clean.svg', 'content/assets/hostile.svg']);
    const hostile = assets.get('content/assets/hostile.svg')!;
    expect(readFileSync(join(FIXTURE, 'assets/hostile.svg'), 'utf8')).toMatch(/<script>/);
    expect(hostile).not.toMatch(/script|onload|foreignObject|tracker\.test/i);
    expect(hostile).toContain('<text x="50" y="40">A figure</text>');
    expect(result.diagnostics.filter((d) => d.rule === 'unsafe-asset').map((d) => `${d.file}:${d.line} ${d.severity}`)).toEqual([
      'assets/feed.xml:1 error',
      'assets/hostile.svg:2 warning',
      'assets/page.html:1 error',
    ]);
  });
});
