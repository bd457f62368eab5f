import { useEffect, useRef } from 'react';
import { useAppStore } from '../../store';
import { CheckQuestion } from '../checks/CheckQuestion';
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
  const id = question?.concept.id;

  useEffect(() => {
    const legend = holder.current?.querySelector<HTMLElement>('.check-question');
    if (!legend) return;
    legend.tabIndex = -1;
    legend.focus();
  }, [id]);

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
      <div ref={holder} className="placement-question" data-concept={question.concept.id}>
        <p className="placement-about muted">About {question.concept.title}</p>
        <CheckQuestion
          key={question.concept.id}
          concept={question.concept}
          index={question.checkIndex}
          showFeedback={false}
          onAnswered={({ correct }) => answer(question.concept.id, correct)}
        />
      </div>
      <div className="page-actions">
        <button type="button" className="button button-quiet" onClick={() => skip(question.concept.id)}>
          Skip this question
        </button>
        <button type="button" className="button" onClick={stop}>
          Stop and see what it found
        </button>
      </div>
    </section>
  );
}
