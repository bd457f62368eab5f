import type { PlanStep } from '../../core/planner';
import { useMemo } from 'react';
import { useAppStore } from '../../store';
import { usePrintDetails } from '../common/usePrintDetails';
import { formatDuration } from '../../core/text';
import { ConceptSummary } from '../common/TextWithMath';

/**
 * The steps as paper wants them (shown only in print): numbered, each with its summary and its
 * core resources written out with their URLs, never split across a page break. Only the first
 * `printed` steps, those the screen shows: a plan of thousands of steps prints what the learner
 * has opened rather than hundreds of pages, and its DOM stays the size of what is shown. A print
 * made at print time (`beforeprint`) would miss emulated print media and PDF exports, which do not
 * fire it. A cut list says so on paper. Summaries and resources come with each concept's data,
 * fetched for the printed steps when the browser is idle.
 */
export function PrintSteps({ steps, printed = steps.length }: { readonly steps: readonly PlanStep[]; readonly printed?: number }) {
  const details = useAppStore((s) => s.details);
  const cut = printed < steps.length;
  const shown = useMemo(() => (cut ? steps.slice(0, printed) : steps), [cut, steps, printed]);
  // Summaries and resources come with each concept's data file, fetched for printing.
  usePrintDetails(useMemo(() => shown.map((step) => step.id), [shown]));
  return (
    <>
      <ol className="print-only print-steps">
        {shown.map((step) => {
          const entry = details[step.id];
          const concept = entry?.status === 'ready' ? entry.concept : undefined;
          const resources = concept?.resources.filter((r) => r.core) ?? [];
          return (
            <li key={step.id} className="print-step">
              <strong>{step.title}</strong> <span className="print-minutes duration">{`(${formatDuration(step.minutes)})`}</span>
              {concept?.summary && (
                <p className="print-summary">
                  <ConceptSummary concept={concept} />
                </p>
              )}
              {resources.length > 0 && (
                <ul className="print-resources">
                  {resources.map((r) => (
                    <li key={r.url}>
                      {r.title}: <a href={r.url}>{r.url}</a>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
      {cut && (
        <p className="print-only print-cut">
          Steps 1 to {printed} of {steps.length}: the rest were not shown on the screen when this was printed.
        </p>
      )}
    </>
  );
}
