import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCommand, type Output } from '../../../src/node/cli/checkCommand';

const FIXTURE = join(import.meta.dirname, '../../fixtures/unsafe-asset');

describe('check and assets', () => {
  it('fails on web pages and XML, and warns about what sanitising takes out of an SVG', async () => {
    const out: string[] = [];
    const output: Output = { out: (l) => out.push(l), err: (l) => out.push(l) };
    const code = await checkCommand(['--json'], output, { CONTENT_DIR: FIXTURE });
    expect(code).toBe(1);
    const { diagnostics, errors, warnings } = JSON.parse(out.join('\n')) as {
      diagnostics: { file: string; severity: string; rule: string; message: string }[];
      errors: number;
      warnings: number;
    };
    expect({ errors, warnings }).toEqual({ errors: 2, warnings: 1 });
    expect(diagnostics.map((d) => `${d.file} ${d.severity} ${d.rule}`)).toEqual([
      'assets/feed.xml error unsafe-asset',
      'assets/hostile.svg warning unsafe-asset',
      'assets/page.html error unsafe-asset',
    ]);
    expect(diagnostics[1]!.message).toBe(
      'Expected an SVG figure without scripts or references outside the file, found event-handler attributes (`onload`), `<script>` elements, script URLs (`javascript:`), `<foreignObject>` elements and references outside the file (`https://tracker.test/pixel.png`); they are removed from the file the site serves.',
    );
  });
});
