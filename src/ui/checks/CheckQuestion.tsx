import { useId, useState } from 'react';
import type { Concept } from '../../core/model';
import { TextWithMath } from '../common/TextWithMath';

/** What the learner's answer to a check question came to. */
export interface CheckOutcome {
  /** A choice question: the right choice was picked. A recall question: the learner says they remembered. */
  readonly correct: boolean;
}

/** Props of `CheckQuestion`. */
export interface CheckQuestionProps {
  readonly concept: Pick<Concept, 'id' | 'checks' | 'html'>;
  /** Index into `concept.checks`. */
  readonly index: number;
  /** Called once, when the learner has answered (chosen and checked, or graded their recall). */
  readonly onAnswered?: (outcome: CheckOutcome) => void;
  /** Show whether the answer was right and the explanation (default true; a quiz may hold them back). */
  readonly showFeedback?: boolean;
}

/**
 * One check question from a concept's front-matter. A choice question is a radio group and a
 * "Check" button, then says whether it was right and shows the explanation; a recall question
 * shows its answer on request, and the learner grades themselves. Answered once: the controls
 * lock, so a review or a quiz reads one outcome.
 */
export function CheckQuestion({ concept, index, onAnswered, showFeedback = true }: CheckQuestionProps) {
  const check = concept.checks?.[index];
  const html = concept.html?.checks?.[index];
  const name = useId();
  const [picked, setPicked] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<CheckOutcome | null>(null);
  const [revealed, setRevealed] = useState(false);
  if (!check) return null;
  const answer = (result: CheckOutcome) => {
    if (outcome) return;
    setOutcome(result);
    onAnswered?.(result);
  };
  const question = <TextWithMath text={check.question} html={html?.question} />;

  if (check.kind === 'choice') {
    return (
      <fieldset className="check" disabled={outcome !== null}>
        <legend className="check-question">{question}</legend>
        <ul className="check-choices">
          {check.choices.map((choice, i) => (
            <li key={i}>
              <label className={outcome && showFeedback && i === check.correct ? 'check-choice check-choice-right' : 'check-choice'}>
                <input
                  type="radio"
                  name={name}
                  value={i}
                  checked={picked === i}
                  onChange={() => setPicked(i)}
                  // Accessibility checkers do not read a name from MathML: a choice that is math gets its TeX.
                  aria-label={html?.choices?.[i] === undefined ? undefined : choice.replaceAll('$', '')}
                />{' '}
                <TextWithMath text={choice} html={html?.choices?.[i]} />
              </label>
            </li>
          ))}
        </ul>
        {outcome ? null : (
          <button type="button" className="button" disabled={picked === null} onClick={() => answer({ correct: picked === check.correct })}>
            Check
          </button>
        )}
        <div role="status" className="check-feedback">
          {outcome && showFeedback ? (
            <p>
              <strong>{outcome.correct ? 'Right.' : 'Not quite.'}</strong>{' '}
              {check.explanation ? <TextWithMath text={check.explanation} html={html?.explanation} /> : null}
            </p>
          ) : outcome ? (
            <p>Answer recorded.</p>
          ) : null}
        </div>
      </fieldset>
    );
  }

  return (
    <div className="check" role="group" aria-label="Recall question">
      <p className="check-question">{question}</p>
      {revealed ? (
        <>
          <p className="check-answer">
            <TextWithMath text={check.answer} html={html?.answer} />
          </p>
          {outcome ? (
            <p role="status" className="check-feedback">
              {outcome.correct ? 'Marked as remembered.' : 'Marked as not remembered.'}
            </p>
          ) : (
            <div className="check-grade">
              <button type="button" className="button" onClick={() => answer({ correct: true })}>
                I remembered it
              </button>
              <button type="button" className="button button-quiet" onClick={() => answer({ correct: false })}>
                I didn’t
              </button>
            </div>
          )}
        </>
      ) : (
        <button type="button" className="button" onClick={() => setRevealed(true)}>
          Show the answer
        </button>
      )}
    </div>
  );
}
