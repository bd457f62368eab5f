import { useId, useState } from 'react';
import type { ConceptId } from '../../core/model';
import type { Plan } from '../../core/planner';
import { useAppStore } from '../../store';
import { selectStudyCard, type StudyCardView, type StudyPrerequisite } from '../../store';
import { CheckQuestion } from '../checks/CheckQuestion';
import { StateBadge } from '../common/StateBadge';
import { ConceptSummary } from '../common/TextWithMath';
import { useConceptDetail } from '../common/useConceptDetail';
import { ConceptRefList } from '../concept/ConceptRefList';
import { GoalList } from '../concept/GoalList';
import { ResourceList } from '../concept/ResourceList';

/** Called when a check question on a card has been answered. */
export type CheckAnswered = (conceptId: ConceptId, index: number, correct: boolean) => void;

/** Props of `StudyCard`. */
export interface StudyCardProps {
  readonly plan: Plan;
  /** The concepts the plan assumes known. */
  readonly assumed: readonly ConceptId[];
  readonly id: ConceptId;
  readonly title: string;
  readonly open: boolean;
  readonly onToggle: () => void;
  readonly onCheckAnswered?: CheckAnswered;
}

/**
 * A plan step's study card: a disclosure that opens, in place, onto the summary, goals, core
 * resources, the prerequisites the step rests on (with reasons) and its check questions. Once
 * opened its contents stay mounted, so an answered question stays answered when it is closed and
 * opened again.
 */
export function StudyCard({ plan, assumed, id, title, open, onToggle, onCheckAnswered }: StudyCardProps) {
  const button = useId();
  const panel = useId();
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  return (
    <div className="study">
      <button
        type="button"
        id={button}
        className="button button-small study-toggle"
        aria-expanded={open}
        aria-controls={panel}
        onClick={onToggle}
      >
        <span className="study-arrow" aria-hidden="true">
          ▸
        </span>
        Study card<span className="sr-only">: {title}</span>
      </button>
      <div id={panel} className="study-card" role="region" aria-labelledby={button} hidden={!open}>
        {opened && <StudyCardBody plan={plan} assumed={assumed} id={id} onCheckAnswered={onCheckAnswered} />}
      </div>
    </div>
  );
}

function StudyCardBody({ plan, assumed, id, onCheckAnswered }: Pick<StudyCardProps, 'plan' | 'assumed' | 'id' | 'onCheckAnswered'>) {
  // The card's metadata comes with the concept's data file, fetched when the card first opens.
  useConceptDetail(id);
  const card = useAppStore((s) => selectStudyCard(s, plan, assumed, id));
  const failed = useAppStore((s) => s.details[id]?.status === 'error');
  const retry = useAppStore((s) => s.loadConcept);
  if (card === undefined && failed) {
    return (
      <div className="body-status body-error" role="alert">
        <p>This card could not be loaded. Check your connection and try again.</p>
        <button type="button" className="button" onClick={() => retry(id)}>
          Try again
        </button>
      </div>
    );
  }
  if (card === undefined) return <p className="muted">Loading the study card…</p>;
  if (!card) return null;
  const { concept } = card;
  return (
    <>
      <p className="study-summary">
        <ConceptSummary concept={concept} />
      </p>
      {concept.goals.length > 0 && (
        <>
          <h3>Goals</h3>
          <GoalList concept={concept} />
        </>
      )}
      {card.coreResources.length > 0 && (
        <>
          <h3>Resources</h3>
          <ResourceList resources={card.coreResources} />
        </>
      )}
      <h3>Prerequisites</h3>
      {card.prerequisites.length > 0 ? <Prerequisites items={card.prerequisites} /> : <p className="muted">None: you can start here.</p>}
      <Checks card={card} onCheckAnswered={onCheckAnswered} />
    </>
  );
}

function Prerequisites({ items }: { readonly items: readonly StudyPrerequisite[] }) {
  return (
    <ConceptRefList
      items={items}
      after={(item) => (
        <>
          {item.standing?.kind === 'assumed' && (
            <>
              {' '}
              <StateBadge state="assumed" />
            </>
          )}
          {item.standing?.kind === 'step' && (
            <>
              {' '}
              <span className="study-step-ref">step {item.standing.number}</span>
            </>
          )}
        </>
      )}
    />
  );
}

function Checks({ card, onCheckAnswered }: { readonly card: StudyCardView; readonly onCheckAnswered?: CheckAnswered }) {
  const { concept } = card;
  const checks = concept.checks ?? [];
  if (checks.length === 0) return null;
  return (
    <>
      <h3>Check yourself</h3>
      {checks.map((_, i) => (
        <CheckQuestion
          key={i}
          concept={concept}
          index={i}
          onAnswered={onCheckAnswered ? ({ correct }) => onCheckAnswered(concept.id, i, correct) : undefined}
        />
      ))}
    </>
  );
}
