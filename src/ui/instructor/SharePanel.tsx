import type { Plan, PlanSpec } from '../../core/planner';
import { EmbedSnippet } from './EmbedSnippet';
import { ExportButtons } from './ExportButtons';
import { planExportSource } from './planExportSource';
import './instructor.css';
import { useAppStore } from '../../store';
import { useAppHref } from '../common/useAppHref';

/** A shown plan and what sharing it needs: its spec, title and canonical URL. */
export interface PlanShareProps {
  readonly plan: Plan;
  readonly spec: PlanSpec;
  readonly title: string;
  readonly url: string;
}

/**
 * Under a plan: print it, export it (Markdown checklist, plain text), embed it elsewhere, or
 * edit a copy in the plan builder. Exports list the plan as shown.
 */
export function SharePanel({ plan, spec, title, url }: PlanShareProps) {
  const appHref = useAppHref();
  const base = useAppStore((s) => s.base);
  const graph = useAppStore((s) => s.graph);
  const loadConcepts = useAppStore((s) => s.loadConcepts);
  return (
    <section className="share-panel" aria-labelledby="share-heading">
      <h2 id="share-heading">Print, export and embed</h2>
      <div className="share-row">
        <button
          type="button"
          className="button button-small"
          onClick={() => void loadConcepts(plan.steps.map((step) => step.id)).then(() => window.print())}
        >
          Print
        </button>
        <ExportButtons source={planExportSource(graph, plan, spec, title, base)} />
      </div>
      <EmbedSnippet url={url} title={title} />
      <p>
        <a href={appHref(`/plan/new?from=${encodeURIComponent(url)}`)}>Edit a copy in the plan builder</a>
      </p>
    </section>
  );
}
