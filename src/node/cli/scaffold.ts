/** What `new` can create. */
export type ScaffoldKind = 'concept' | 'roadmap' | 'course';

function quote(text: string): string {
  return JSON.stringify(text);
}

/**
 * A new file with every front-matter field, placeholder values that pass `check`, and comments
 * saying what goes where. The body shows the link forms. A course's weeks need existing concepts:
 * `concepts` are the content's concept ids, and the first week targets one of them.
 */
export function scaffold(kind: ScaffoldKind, title: string, concepts: readonly string[] = []): string {
  if (kind === 'course') {
    const target = concepts[0] ?? 'some-concept';
    return `---
title: ${quote(title)}
summary: >-
  One to three sentences: what the course covers and for whom.
author: Your name
firstWeek: 1  # 0 to open with a "week 0" of groundwork
weeks:
  - title: "Week 1: First topic"
    targets: [${target}]  # concept ids; each week plans only what earlier weeks have not covered
    note: Optional sentence about the week (or delete this line).
---

Introduce the course here: its pace, the books it follows, how to use the weekly plans.
`;
  }
  if (kind === 'roadmap') {
    return `---
title: ${quote(title)}
summary: >-
  One to three sentences: who this roadmap is for and where it leads.
author: Your name
audience: who it is for, read after "For", e.g. programmers who know some calculus
---

## Where to start

Write the roadmap here. Link concepts with \`[[concept-id]]\`, \`[[concept-id|your text]]\` or
\`[your text](../concepts/concept-id.md)\`; every concept you link appears on the roadmap.
`;
  }
  return `---
title: ${quote(title)}
summary: >-
  One to three sentences: what the concept is and why it matters.
prerequisites:  # remove the "# " before each line below to use them
  # - id: other-concept
  #   reason: Why the learner needs it first.
resources:
  - title: "Title of a book chapter, lecture or article"
    url: https://example.org/
    kind: chapter  # book, chapter, course, lecture, video, notes, paper, tutorial, exercises or software
    free: true
    minutes: 30  # time to study this resource for this concept
    core: true  # false marks a supplementary resource
    authors: []
    year: 2024
    note: Optional remark about this resource (or delete this line).
goals:
  - What the learner can do afterwards.
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
