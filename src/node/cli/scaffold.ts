import { PLACEHOLDERS as P } from '../../core/frontmatter';

/** What `new` can create. */
export type ScaffoldKind = 'concept' | 'roadmap' | 'course';

function quote(text: string): string {
  return JSON.stringify(text);
}

/**
 * A new file with every front-matter field, placeholder values (`PLACEHOLDERS`: `check` warns
 * until each is replaced, and reports no errors), and comments saying what goes where. The body
 * shows the link forms. `concepts` are concept ids to use: a course's first week targets the first
 * (its weeks need existing concepts), and a roadmap's body links each (`new` passes none, `new
 * site` its starter concept, so the roadmap covers it).
 */
export function scaffold(kind: ScaffoldKind, title: string, concepts: readonly string[] = []): string {
  if (kind === 'course') {
    const target = concepts[0] ?? 'some-concept';
    return `---
title: ${quote(title)}
summary: >-
  ${P.courseSummary}
author: ${P.author}
firstWeek: 1  # 0 to open with a "week 0" of groundwork
weeks:
  - title: ${quote(P.weekTitle)}
    targets: [${target}]  # concept ids; each week plans only what earlier weeks have not covered
    note: ${P.weekNote}
---

Introduce the course here: its pace, the books it follows, how to use the weekly plans.
`;
  }
  if (kind === 'roadmap') {
    return `---
title: ${quote(title)}
summary: >-
  ${P.roadmapSummary}
author: ${P.author}
audience: who it is for, read after "For", e.g. programmers who know some calculus
---

## Where to start

Write the roadmap here. Link concepts with \`[[concept-id]]\`, \`[[concept-id|your text]]\` or
\`[your text](../concepts/concept-id.md)\`; every concept you link appears on the roadmap.
${concepts.length === 0 ? '' : `\nStart with ${concepts.map((id) => `[[${id}]]`).join(', ')}.\n`}`;
  }
  return `---
title: ${quote(title)}
summary: >-
  ${P.conceptSummary}
prerequisites:  # remove the "# " before each line below to use them
  # - id: other-concept
  #   reason: Why the learner needs it first.
resources:
  - title: ${quote(P.resourceTitle)}
    url: ${P.resourceUrl}
    kind: chapter  # book, chapter, course, lecture, video, notes, paper, tutorial, exercises or software
    free: true
    minutes: 30  # time to study this resource for this concept
    core: true  # false marks a supplementary resource
    authors: []
    year: 2024
    note: ${P.resourceNote}
goals:
  - ${P.goal}
checks:  # questions that test the goals; remove the "# " before each line below to use them
  # - question: A multiple-choice question the app grades.
  #   choices: ["The right answer", "A tempting mistake", "Another mistake", "A third mistake"]
  #   correct: 0  # 0-based index of the right choice
  #   explanation: Why the right choice is right and the others are not.
  # - question: A question the learner answers from memory, then grades themselves.
  #   answer: The answer, shown when the learner asks for it.
# minutes: 45  # overrides the estimate (the sum of the core resources' minutes)
aliases: []  # old ids that keep resolving after a rename
tags: []
---

## Intuition

Explain the idea here. Math: inline $x^2$, or display math between \`$$\` lines. Link concepts
with \`[[concept-id]]\` or \`[[concept-id|your text]]\`, other sites with \`[text](https://example.org)\`.
`;
}
