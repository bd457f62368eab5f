import type { PlanStep } from '../../core/planner';
import { useAppStore } from '../../store';
import { formatDuration } from '../../core/text';
import { ConceptSummary } from '../common/TextWithMath';

/**
 * The steps as paper wants them (shown only in print): numbered, each with its summary and its
 * core resources written out with their URLs, never split across a page break.
 */
export function PrintSteps({ steps }: { readonly steps: readonly PlanStep[] }) {
  const graph = useAppStore((s) => s.graph);
  return (
    <ol className="print-only print-steps">
      {steps.map((step) => {
        const i = graph.index.get(step.id);
        const concept = i === undefined ? undefined : graph.concepts[i];
        const resources = concept?.resources.filter((r) => r.core) ?? [];
        return (
          <li key={step.id} className="print-step">
            <strong>{step.title}</strong> <span className="print-minutes duration">({formatDuration(step.minutes)})</span>
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
  );
}
