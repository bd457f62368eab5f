import { useEffect, useState } from 'react';
import { useAppStore } from '../../store';
import { selectReviewQueue } from '../../store';
import type { DueReview } from '../../store';
import { plural } from '../../core/text';
import { useConceptDetail } from '../common/useConceptDetail';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { formatDueIn } from './formatDueIn';
import { ReviewSession } from './ReviewSession';

/**
 * Spaced review: how many concepts are due, then one at a time until none is; with none due, when
 * the next one is. Concepts the learner marked known before reviews existed can be put on the
 * schedule here, and only here: the app never schedules them on its own.
 */
export function ReviewPage() {
  const queue = useAppStore(selectReviewQueue);
  const clock = useAppStore((s) => s.clock);
  const tick = useAppStore((s) => s.tick);
  const scheduleKnownConcepts = useAppStore((s) => s.scheduleKnownConcepts);
  // The concept under review stays on screen after its review leaves the queue, until "Next".
  const [current, setCurrent] = useState<DueReview | null>(null);
  useDocumentTitle('Review');
  useEffect(() => tick(), [tick]);

  const review = current ?? queue.due[0] ?? null;
  // The questions come with the concept's data file.
  const concept = useConceptDetail(review?.id);

  return (
    <div className="page review-page">
      <h1 tabIndex={-1}>Review</h1>
      <p className="lead" role="status">
        {queue.due.length > 0 ? `${plural(queue.due.length, 'concept')} due for review.` : 'Nothing is due for review.'}
        {queue.due.length === 0 && queue.next && (
          <>
            {' '}
            The next review is due <time dateTime={queue.next}>{formatDueIn(queue.next, clock)}</time>.
          </>
        )}
      </p>
      {review && concept ? (
        <ReviewSession
          key={review.id + review.due}
          review={review}
          concept={concept}
          onNext={() => setCurrent(null)}
          onStart={() => setCurrent(review)}
        />
      ) : (
        queue.next === null && (
          <p className="muted">Concepts you mark known come back here for review when FSRS expects you to be about to forget them.</p>
        )
      )}
      {queue.unscheduled > 0 && (
        <section aria-labelledby="unscheduled-heading" className="review-unscheduled">
          <h2 id="unscheduled-heading">Not on the schedule</h2>
          <p>
            {plural(queue.unscheduled, 'concept')} you marked known before reviews existed {queue.unscheduled === 1 ? 'has' : 'have'} no
            review schedule.
          </p>
          <button type="button" className="button" onClick={scheduleKnownConcepts}>
            Schedule {queue.unscheduled === 1 ? 'it' : 'them'} for review
          </button>
        </section>
      )}
    </div>
  );
}
