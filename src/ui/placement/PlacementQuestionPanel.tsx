import { useEffect, useRef } from 'react';
import { useAppStore } from '../../store';
import { CheckQuestion } from '../checks/CheckQuestion';
import { useConceptDetail } from '../common/useConceptDetail';
import { plural } from '../../core/text';
import type { ReadyPlacementView } from './PlacementPage';

/**
 * The question shown: which one it is, how settled the plan is, the question itself (graded, but
 * without saying right or wrong), and ways to skip it or stop. Each new question takes the focus,
 * so a keyboard or screen reader goes straight on to it.
 */
export function PlacementQuestionPanel({ view }: { readonly view: ReadyPlacementView }) {
  const answer = useAppStore((s) => s.answerPlacementQuestion);
  const skip = useAppStore((s) => s.skipPlacementQuestion);
  const stop = useAppStore((s) => s.stopPlacement);
  const holder = useRef<HTMLDivElement>(null);
  const question = view.question;
  const id = question?.id;
  // The question's text comes with its concept's data file.
  const concept = useConceptDetail(id);

  useEffect(() => {
    const legend = holder.current?.querySelector<HTMLElement>('.check-question');
    if (!legend) return;
    legend.tabIndex = -1;
    legend.focus();
  }, [id, concept]);

  if (!question) return null;
  const settled = Math.max(0, Math.min(100, Math.round(100 * view.settled)));
  return (
    <section className="placement-quiz" aria-labelledby="placement-count">
      <h2 id="placement-count" className="placement-count">
        Question {question.number} <span className="muted">(of at most {question.atMost})</span>
      </h2>
      <div className="meter placement-meter">
        <div className="meter-bar" aria-hidden="true">
          <span className="placement-meter-fill" style={{ width: `${settled}%` }} />
        </div>
        <span className="meter-text">
          The plan is {settled}% settled; {plural(view.inDoubt, 'concept is', 'concepts are')} still in doubt.
        </span>
      </div>
      {concept ? (
        <div ref={holder} className="placement-question" data-concept={question.id}>
          <p className="placement-about muted">About {concept.title}</p>
          <CheckQuestion
            key={question.id}
            concept={concept}
            index={question.checkIndex}
            showFeedback={false}
            onAnswered={({ correct }) => answer(question.id, correct)}
          />
        </div>
      ) : (
        <p className="muted" role="status">
          Loading the question…
        </p>
      )}
      <div className="page-actions">
        <button type="button" className="button button-quiet" onClick={() => skip(question.id)}>
          Skip this question
        </button>
        <button type="button" className="button" onClick={stop}>
          Stop and see what it found
        </button>
      </div>
    </section>
  );
}
