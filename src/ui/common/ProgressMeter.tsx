/** "3 of 12 known", with a bar for the eye; the words carry the meaning. */
export function ProgressMeter({ known, learning, total }: { readonly known: number; readonly learning: number; readonly total: number }) {
  const pct = (n: number) => (total === 0 ? 0 : (100 * n) / total);
  return (
    <div className="meter">
      <div className="meter-bar" aria-hidden="true">
        <span className="meter-known" style={{ width: `${pct(known)}%` }} />
        <span className="meter-learning" style={{ width: `${pct(learning)}%` }} />
      </div>
      <span className="meter-text">
        {known} of {total} known{learning > 0 ? `, ${learning} learning` : ''}
      </span>
    </div>
  );
}
