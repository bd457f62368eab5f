/**
 * A plan's progress as a bar: a `progressbar` named after the plan whose value text is the words
 * shown beside it ("3 of 12 known, 1 learning"), so a screen reader hears them once.
 */
export function PlanProgressBar({
  label,
  known,
  learning,
  total,
}: {
  readonly label: string;
  readonly known: number;
  readonly learning: number;
  readonly total: number;
}) {
  const pct = (n: number) => (total === 0 ? 0 : (100 * n) / total);
  const text = `${known} of ${total} known${learning > 0 ? `, ${learning} learning` : ''}`;
  return (
    <div className="meter">
      <div
        className="meter-bar"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={known}
        aria-valuetext={text}
      >
        <span className="meter-known" style={{ width: `${pct(known)}%` }} />
        <span className="meter-learning" style={{ width: `${pct(learning)}%` }} />
      </div>
      <span className="meter-text" aria-hidden="true">
        {text}
      </span>
    </div>
  );
}
