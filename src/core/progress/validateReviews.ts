import { CONCEPT_ID_PATTERN } from '../model';
import type { PlacementRecord, ReviewCard, ReviewEntry, ReviewGrade } from './Progress';

const MAX_TIME = 64;
const MAX_URL = 4096;
/** More answers or accepted ids than any plan has: past this a record is not the app's. */
const MAX_LIST = 10_000;
const CARD_STATES: readonly ReviewCard['state'][] = ['new', 'learning', 'review', 'relearning'];
const GRADES: readonly ReviewGrade[] = ['again', 'hard', 'good', 'easy'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An ISO 8601 time that parses: a due date is compared and computed with, not only ordered. */
function isDateTime(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_TIME && !Number.isNaN(Date.parse(value));
}

const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const isAmount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

function validateCard(value: unknown): ReviewCard | undefined {
  if (!isRecord(value)) return undefined;
  const { due, stability, difficulty, scheduledDays, learningSteps, reps, lapses, state, lastReview, lastGrade } = value;
  if (!isDateTime(due) || !isDateTime(lastReview)) return undefined;
  if (!isAmount(stability) || !isAmount(difficulty) || !isAmount(scheduledDays)) return undefined;
  if (!isCount(learningSteps) || !isCount(reps) || !isCount(lapses)) return undefined;
  if (!CARD_STATES.includes(state as ReviewCard['state']) || !GRADES.includes(lastGrade as ReviewGrade)) return undefined;
  return {
    due,
    stability,
    difficulty,
    scheduledDays,
    learningSteps,
    reps,
    lapses,
    state: state as ReviewCard['state'],
    lastReview,
    lastGrade: lastGrade as ReviewGrade,
  };
}

/**
 * Checks the review entries (absent is none). A malformed entry is dropped on its own: a lost
 * schedule is made again the next time the concept is marked known, so it must not cost the
 * learner the rest of their progress. Keys must be concept ids.
 */
export function validateReviews(value: unknown): Record<string, ReviewEntry> {
  if (!isRecord(value)) return {};
  const entries: [string, ReviewEntry][] = [];
  for (const [key, entry] of Object.entries(value)) {
    if (!CONCEPT_ID_PATTERN.test(key) || !isRecord(entry) || !isDateTime(entry.changedAt)) continue;
    if (entry.card === null) entries.push([key, { card: null, changedAt: entry.changedAt }]);
    else {
      const card = validateCard(entry.card);
      if (card) entries.push([key, { card, changedAt: entry.changedAt }]);
    }
  }
  return Object.fromEntries(entries);
}

function validatePlacement(value: unknown): PlacementRecord | undefined {
  if (!isRecord(value)) return undefined;
  const { planUrl, at, answers, accepted, addedAt } = value;
  if (typeof planUrl !== 'string' || !planUrl.startsWith('/plan/') || planUrl.length > MAX_URL || !isDateTime(at)) return undefined;
  if (!Array.isArray(answers) || answers.length > MAX_LIST || !Array.isArray(accepted) || accepted.length > MAX_LIST) return undefined;
  const checkedAnswers: { id: string; correct: boolean }[] = [];
  for (const answer of answers as unknown[]) {
    if (!isRecord(answer) || typeof answer.id !== 'string' || !CONCEPT_ID_PATTERN.test(answer.id) || typeof answer.correct !== 'boolean')
      return undefined;
    checkedAnswers.push({ id: answer.id, correct: answer.correct });
  }
  if (!(accepted as unknown[]).every((id) => typeof id === 'string' && CONCEPT_ID_PATTERN.test(id))) return undefined;
  const record: PlacementRecord = { planUrl, at, answers: checkedAnswers, accepted: [...(accepted as string[])] };
  return isDateTime(addedAt) ? { ...record, addedAt } : record;
}

/** Checks the placement records (absent is none), dropping malformed ones on their own. */
export function validatePlacements(value: unknown): PlacementRecord[] {
  if (!Array.isArray(value)) return [];
  return (value as unknown[]).map(validatePlacement).filter((record): record is PlacementRecord => record !== undefined);
}

/** A time of the app's to keep as `placementsClearedAt`, if `value` is one. */
export function validateClearedAt(value: unknown): string | undefined {
  return isDateTime(value) ? value : undefined;
}
