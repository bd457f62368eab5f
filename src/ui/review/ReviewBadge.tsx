import { useAppStore } from '../../store';
import { selectReviewStatuses } from '../../store';

const LABEL = { due: 'Due for review', failed: 'Review missed: learn again' } as const;

/** A plan step's review status, when it has one: due for review, or failed and being learnt again. */
export function ReviewBadge({ id }: { readonly id: string }) {
  const status = useAppStore((s) => selectReviewStatuses(s).get(id));
  return status ? (
    <span className="badge review-badge" data-review={status}>
      {LABEL[status]}
    </span>
  ) : null;
}
