import type { ProgressState } from '../../core/progress';
import { Icon } from './Icon';

/** Words for each badge; the icon repeats them for the eye, never alone. */
const labels = { known: 'Known', learning: 'Learning', assumed: 'Assumed', ready: 'Ready now', target: 'Goal' } as const;

/** A small pill naming a state, with an icon so colour is never the only cue. */
export function StateBadge({ state }: { readonly state: ProgressState | 'assumed' | 'ready' | 'target' }) {
  const icon = state === 'known' || state === 'assumed' ? 'check' : state === 'learning' ? 'half' : state === 'ready' ? 'arrow' : 'plan';
  return (
    <span className={`badge badge-${state}`}>
      <Icon name={icon} size={14} />
      {labels[state]}
    </span>
  );
}
