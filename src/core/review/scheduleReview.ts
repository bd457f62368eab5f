import type { Card, Grade } from 'ts-fsrs';
import { createEmptyCard, fsrs, Rating, State } from 'ts-fsrs';
import type { ReviewCard, ReviewGrade } from '../progress';

/**
 * The scheduler: FSRS with its default weights and 90% retention. Short-term (minute) steps are
 * off, since a concept is reviewed over days, not within a sitting; fuzz is off, so a schedule is
 * the same in every tab and every test.
 */
const scheduler = fsrs({ enable_short_term: false, enable_fuzz: false });

const RATING: Readonly<Record<ReviewGrade, Grade>> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };
const STATE_NAME = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
} as const;
const STATE: Readonly<Record<ReviewCard['state'], State>> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};

function toCard(card: ReviewCard): Card {
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: 0,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: STATE[card.state],
    last_review: new Date(card.lastReview),
  };
}

function fromCard(card: Card, grade: ReviewGrade, now: Date): ReviewCard {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: STATE_NAME[card.state],
    lastReview: (card.last_review ?? now).toISOString(),
    lastGrade: grade,
  };
}

/**
 * The card after a review graded `grade` at `now` (ISO 8601). `null` is a concept never reviewed:
 * it starts from an empty card, so its first review sets its first due date.
 */
export function scheduleReview(card: ReviewCard | null, grade: ReviewGrade, now: string): ReviewCard {
  const at = new Date(now);
  const next = scheduler.next(card === null ? createEmptyCard(at) : toCard(card), at, RATING[grade]);
  return fromCard(next.card, grade, at);
}
