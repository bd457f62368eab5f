import type { SourceFile } from '../src/core/model';
import { seededRandom } from '../src/core/layout';

const WORDS = (
  'model data gradient loss function layer network weight matrix vector probability estimate ' +
  'sample variance mean error training learning parameter input output hidden linear nonlinear ' +
  'update step rate convex objective likelihood prior posterior distribution feature kernel space ' +
  'basis projection eigenvalue entropy information expectation random variable chain rule sum'
).split(' ');
const KINDS = ['book', 'chapter', 'course', 'lecture', 'video', 'notes', 'paper', 'tutorial'];
const FORMULAS = [
  'x_i^2 + y_i^2',
  '\\frac{\\partial L}{\\partial w_{ij}}',
  '\\sum_{k=1}^{n} a_k b_k',
  '\\sigma(z) = \\frac{1}{1+e^{-z}}',
  'p(y \\mid x, \\theta)',
];

/** Id of synthetic concept `i`. */
export function syntheticId(i: number): string {
  return `concept-${String(i).padStart(5, '0')}`;
}

/**
 * Synthetic content of `n` concepts shaped like the real thing: front-matter with 1–4
 * prerequisites (always earlier concepts, so the graph is acyclic), 2–4 resources and math in
 * one summary and one goal in ten, and a body of about 300 words with headings, a list, inline and
 * display math, and internal and external links.
 * Plus `site.yaml` and roadmaps that link every concept nothing else needs (so none is an orphan).
 */
export function generateContent(n: number, seed = 1): SourceFile[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const sentence = (words: number) => {
    const out = Array.from({ length: words }, () => pick(WORDS));
    out[0] = out[0]!.charAt(0).toUpperCase() + out[0]!.slice(1);
    return `${out.join(' ')}.`;
  };
  const files: SourceFile[] = [{ path: 'site.yaml', text: 'title: Synthetic\ndescription: Generated for benchmarks.\n' }];
  const needed = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const id = syntheticId(i);
    const prerequisites = new Set<number>();
    const count = i === 0 ? 0 : 1 + Math.floor(random() * Math.min(4, i));
    while (prerequisites.size < count) prerequisites.add(Math.max(0, i - 1 - Math.floor(random() * Math.min(i, 50))));
    for (const p of prerequisites) needed[p] = 1;
    const resources = Array.from({ length: 2 + Math.floor(random() * 3) }, (_, r) =>
      [
        `  - title: "${sentence(5).slice(0, -1)}, part ${r + 1}"`,
        `    url: https://reading.roadmaps.test/${id}/${r}`,
        `    kind: ${pick(KINDS)}`,
        `    free: ${random() < 0.8}`,
        `    minutes: ${10 + Math.floor(random() * 80)}`,
        ...(r > 1 ? ['    core: false'] : []),
        `    authors: [${sentence(2).slice(0, -1)}]`,
        `    year: ${1990 + Math.floor(random() * 35)}`,
      ].join('\n'),
    );
    const links = [...prerequisites].map((p) => `[[${syntheticId(p)}]]`);
    // As in real content, one summary and one goal in ten have math, each formula its own (without
    // drawing on \`random\`, so everything else stays as it was generated before).
    const math = i % 10 === 3 ? ` It is written $${FORMULAS[i % FORMULAS.length]} + c_{${i}}$.` : '';
    const goalMath = i % 10 === 7 ? ` Compute $${FORMULAS[(i >> 1) % FORMULAS.length]} - c_{${i}}$ by hand.` : '';
    const text = `---
title: Concept ${i} ${pick(WORDS)}
summary: >-
  ${sentence(14)} ${sentence(10)}${math}
prerequisites:
${[...prerequisites].map((p) => `  - id: ${syntheticId(p)}\n    reason: ${sentence(9)}`).join('\n') || '  []'}
resources:
${resources.join('\n')}
goals:
  - ${sentence(8)}${goalMath}
  - ${sentence(7)}
aliases: []
tags: [${pick(WORDS)}, ${pick(WORDS)}]
---

## Intuition

${sentence(16)} ${sentence(12)} It builds on ${links.join(' and ') || 'nothing'}, and the key quantity is $${pick(FORMULAS)}$. ${sentence(18)}

${sentence(14)} ${sentence(11)} See [the notes](https://reading.roadmaps.test/${id}) for details. ${sentence(15)}

## The idea in symbols

$$
${pick(FORMULAS)}
$$

${sentence(13)} ${sentence(16)} Here $${pick(FORMULAS)}$ is small. ${sentence(12)}

- ${sentence(9)}
- ${sentence(11)}
- ${sentence(8)}

## Why it matters

${sentence(17)} ${sentence(14)} ${sentence(15)} ${sentence(12)} ${sentence(16)}
`.replace(/prerequisites:\n {2}\[\]/, 'prerequisites: []');
    files.push({ path: `concepts/${id}.md`, text });
  }
  const leaves = [...needed.keys()].filter((i) => needed[i] === 0);
  for (let r = 0; r * 200 < leaves.length; r++) {
    const part = leaves.slice(r * 200, (r + 1) * 200).map((i) => `- [[${syntheticId(i)}]]`);
    files.push({
      path: `roadmaps/roadmap-${r}.md`,
      text: `---\ntitle: Roadmap ${r}\nsummary: ${sentence(10)}\n---\n\n## Concepts\n\n${part.join('\n')}\n`,
    });
  }
  return files;
}
