import type { Concept } from '../../core/model';
import { TextWithMath } from '../common/TextWithMath';

/** A concept's goals, each with its math rendered when it has any. */
export function GoalList({ concept }: { readonly concept: Pick<Concept, 'goals' | 'html'> }) {
  return (
    <ul className="goal-list">
      {concept.goals.map((goal, i) => (
        <li key={goal}>
          <TextWithMath text={goal} html={concept.html?.goals?.[i]} />
        </li>
      ))}
    </ul>
  );
}
