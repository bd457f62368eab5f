import { useState } from 'react';
import type { Concept } from '../../core/model';
import { reviewQuestions } from '../../core/review';
import { useAppStore, useAppStoreApi } from '../../store';
import type { DueReview } from '../../store';
import { CheckQuestion } from '../checks/CheckQuestion';
import { ConceptLink } from '../common/ConceptLink';
import { ConceptSummary } from '../common/TextWithMath';
import { formatDueIn } from './formatDueIn';

/** What a finished review showed: its grade and when the concept comes back. */
interface Finished {
  readonly passed: boolean;
  readonly due: string;
  readonly at: string;
}

/**
 * One concept's review: its title and summary, then up to two of its check questions (rotating
 * from one review to the next), or, for a concept without any, the learner's own word. The answers
 * grade the review once all are in; the result says when the concept is next due.
 */
export function ReviewSession({
  review,
  concept,
  onStart,
  onNext,
}: {
  readonly review: DueReview;
  readonly concept: Concept;
  /** The first answer is in: the page keeps this concept on screen while the review is recorded. */
  readonly onStart: () => void;
  readonly onNext: () => void;
}) {
  const recordReview = useAppStore((s) => s.recordReview);
  const store = useAppStoreApi();
  const [answers, setAnswers] = useState<readonly boolean[]>([]);
  const [finished, setFinished] = useState<Finished | null>(null);
  const questions = reviewQuestions(concept.checks?.length ?? 0, review.reviewed);

  const answer = (correct: boolean, expected: number) => {
    const next = [...answers, correct];
    if (answers.length === 0) onStart();
    setAnswers(next);
    if (next.length < expected) return;
    const recorded = recordReview(review.id, { answers: next.map((c) => ({ correct: c })) });
    if (recorded) setFinished({ passed: recorded.grade !== 'again', due: recorded.due, at: store.getState().clock });
  };

  return (
    <article className="review-card" aria-labelledby="review-concept">
      <h2 id="review-concept">
        <ConceptLink id={concept.id}>{concept.title}</ConceptLink>
      </h2>
      <p className="review-summary">
        <ConceptSummary concept={concept} />
      </p>
      {questions.length > 0 ? (
        questions.map((index) => (
          <CheckQuestion key={index} concept={concept} index={index} onAnswered={({ correct }) => answer(correct, questions.length)} />
        ))
      ) : (
        <div className="check review-self" role="group" aria-label="Do you still know it?">
          <p className="check-question">Do you still know it? Explain it to yourself, then say.</p>
          <div className="check-grade">
            <button type="button" className="button" disabled={finished !== null} onClick={() => answer(true, 1)}>
              I still know it
            </button>
            <button type="button" className="button button-quiet" disabled={finished !== null} onClick={() => answer(false, 1)}>
              I’ve forgotten it
            </button>
          </div>
        </div>
      )}
      <div role="status" className="review-result">
        {finished && (
          <>
            <p>
              {finished.passed ? (
                <>
                  <strong>Reviewed.</strong> Next review <span data-due={finished.due}>{formatDueIn(finished.due, finished.at)}</span>.
                </>
              ) : (
                <>
                  <strong>Not this time.</strong> {concept.title} is back to learning, so plans that need it include it again; mark it known
                  when you have it back.
                </>
              )}
            </p>
            <button type="button" className="button" onClick={onNext}>
              Next
            </button>
          </>
        )}
      </div>
    </article>
  );
}
