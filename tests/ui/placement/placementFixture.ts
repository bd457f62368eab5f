import type { ConceptCheck } from '../../../src/core/model';
import { asConceptId } from '../../../src/core/model/ConceptId';
import { encodePlanUrl } from '../../../src/core/planner/url/planUrl';
import { fixtureConcepts, fixtureIndex, type TestIndex } from '../fixtures/fixtureIndex';

/** A choice question whose first choice is right; a recall question that the quiz cannot grade. */
const recall: ConceptCheck = { kind: 'recall', question: 'Say it in your own words.', answer: 'Anything.' };
const choiceFor = (title: string): ConceptCheck => ({
  kind: 'choice',
  question: `Which is true of ${title}?`,
  choices: ['Right answer', 'Wrong answer', 'Another wrong answer', 'Yet another'],
  correct: 0,
});

/**
 * The fixture content with checks: every concept has a recall check, then a choice check,
 * except `derivatives`, which has the recall check only (so the quiz cannot ask about it).
 */
export const placementIndex: TestIndex = {
  ...fixtureIndex,
  concepts: fixtureConcepts.map((c) => ({ ...c, checks: c.id === 'derivatives' ? [recall] : [recall, choiceFor(c.title)] })),
};

/** The plan for backpropagation: all ten fixture concepts. */
export const backpropPlan = encodePlanUrl({ targets: [asConceptId('backpropagation')], known: [], title: 'Backprop' });
