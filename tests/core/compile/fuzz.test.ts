import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/core/compile/compile';
import { RULE_IDS } from '../../../src/core/diagnostics/Diagnostic';

// Hostile front-matter and bodies: the compiler must always answer with diagnostics, never throw,
// never hang, and never let a key like `__proto__` reach an object's prototype.
const FRONT_MATTER_PIECES = [
  'title: Fine\n',
  'summary: Fine.\n',
  'title: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n',
  '__proto__: {polluted: true}\n',
  'constructor: {prototype: {polluted: true}}\n',
  'prerequisites:\n  - __proto__\n  - id: __proto__\n    reason: x\n  - {id: constructor}\n',
  'resources:\n  - {__proto__: {polluted: true}, title: x, url: "javascript:alert(1)", kind: book, free: true}\n',
  `summary: ${'x'.repeat(200_000)}\n`,
  'tags: !!binary aGVsbG8=\n',
  'minutes: .inf\n',
  'aliases: [a, a, a]\n',
  'title: "unclosed\n',
  'title: [unclosed\n',
  '? complex key\n: value\n',
  '%YAML 1.2\n',
  'goals: |\n  literal\n   more\n',
  'tags: [[[[[[[[[[[[[]]]]]]]]]]]]]\n',
  `${'  '.repeat(300)}deep: 1\n`,
  'title: x\ntitle: y\n',
  '\u0000\u0001\u0002: \uFFFF\n',
  // Shapes the yaml library handles in quadratic time: many keys, many unresolved aliases.
  Array.from({ length: 20_000 }, (_, i) => `k${i}: v\n`).join(''),
  '*a\n'.repeat(20_000),
];
const BODY_PIECES = [
  '## Heading\n',
  '[[missing]] [[a|b]] [[]] [[|]] [[[[x]]]]\n',
  '<script>alert(1)</script>\n',
  '<img src=x onerror=alert(1)>\n',
  '[x](javascript:alert(1)) [y](JaVaScRiPt:alert(1)) [z](data:text/html,hi)\n',
  '![](../../../../etc/passwd)\n',
  '$\\frac{1}{$ and $$\n\\begin{foo}\n$$\n',
  '$$\n\\def\\a{\\a\\a}\\a\n$$\n',
  `${'a'.repeat(100_000)}\n`,
  `${'>'.repeat(500)} quote\n`,
  `${Array.from({ length: 200 }, (_, i) => `${' '.repeat(i * 2)}- item`).join('\n')}\n`,
  '| a | b |\n| - |\n| [[x|y]] |\n',
  '[^1]\n\n[^1]: note [[missing]]\n',
  '\u0000\uD800 binary \uFFFE junk\n',
  // Emphasis markers the parser pairs in quadratic time: minutes for one such paragraph.
  `${'*_ '.repeat(20_000)}\n`,
  `${'*a\n'.repeat(20_000)}`,
  // And link and footnote openers, matched in quadratic time too.
  `${'[a]('.repeat(20_000)}\n`,
  `${'[^a '.repeat(20_000)}\n`,
];

function junk(length: number, seed: number): string {
  let out = '';
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out += String.fromCharCode(x % 0x2000);
  }
  return out;
}

const hostileFile = fc
  .tuple(
    fc.subarray(FRONT_MATTER_PIECES, { maxLength: 4 }),
    fc.subarray(BODY_PIECES, { maxLength: 4 }),
    fc.constantFrom('closed', 'unclosed', 'none', 'bom', 'crlf'),
    fc.nat({ max: 400 }),
    fc.integer(),
    fc.constantFrom('concepts/a.md', 'concepts/b.md', 'roadmaps/r.md', 'courses/c.md', 'site.yaml', 'concepts/Bad Name.md'),
  )
  .map(([front, body, fence, junkLength, seed, path]) => {
    const yaml = front.join('') + junk(junkLength % 50, seed);
    const markdown = body.join('\n') + junk(junkLength, seed + 1);
    const text = fence === 'none' ? markdown : fence === 'unclosed' ? `---\n${yaml}${markdown}` : `---\n${yaml}---\n${markdown}`;
    const shaped = fence === 'bom' ? `\uFEFF${text}` : fence === 'crlf' ? text.replace(/\n/g, '\r\n') : text;
    return { path: path === 'site.yaml' ? path : path, text: path === 'site.yaml' ? yaml : shaped };
  });

describe('compile on hostile input', () => {
  it('always returns diagnostics and never throws or pollutes prototypes', () => {
    fc.assert(
      fc.property(fc.array(hostileFile, { minLength: 1, maxLength: 3 }), (files) => {
        const started = performance.now();
        const result = compile(files, { assets: [] });
        expect(performance.now() - started).toBeLessThan(5_000);
        for (const d of result.diagnostics) {
          expect(RULE_IDS).toContain(d.rule);
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.column).toBeGreaterThanOrEqual(1);
          expect(typeof d.message).toBe('string');
        }
        for (const body of result.bodies.values()) {
          expect(body.html).not.toMatch(/<script|<[a-z][^>]*\son[a-z]+\s*=|(?:href|src)="\s*(?:javascript|data|vbscript):/i);
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 250 },
    );
  });

  it('reports a diagnostic for every hostile front-matter piece on its own', () => {
    for (const piece of FRONT_MATTER_PIECES.slice(2)) {
      const { diagnostics } = compile([{ path: 'concepts/a.md', text: `---\n${piece}---\nBody.\n` }]);
      expect(diagnostics.filter((d) => d.rule !== 'orphan').length, JSON.stringify(piece.slice(0, 60))).toBeGreaterThan(0);
    }
  });
});
