import { useMemo } from 'react';
import { decodePlanUrl, encodePlanUrl } from '../../core/planner';
import { hrefFor } from '../../core/route';
import { useAppStore } from '../../store';
import { planTitle } from '../../store';
import { selectStates } from '../../store';
import { formatMinutes, plural } from '../common/formatMinutes';
import { ProgressMeter } from '../common/ProgressMeter';
import { StateBadge } from '../common/StateBadge';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { useSharedPlan } from './useSharedPlan';
import './embed.css';
import { useAppHref } from '../common/useAppHref';
import { CodeSpans } from '../common/CodeSpans';

const NEW_TAB = { target: '_blank', rel: 'noopener' } as const;

/**
 * A plan for an `<iframe>` (`/embed/plan/…`): compact, without the site's header and footer,
 * listing every step of the shared plan with the viewer's own progress (this site's storage,
 * so it matches what they marked here). Links open the full site in a new tab.
 */
export function EmbedPlanPage({ url }: { readonly url: string }) {
  const graph = useAppStore((s) => s.graph);
  const states = useAppStore(selectStates);
  const siteTitle = useAppStore((s) => s.index.site.title);
  const appHref = useAppHref();
  const decoded = useMemo(() => decodePlanUrl(url, graph), [url, graph]);
  const spec = decoded.ok ? decoded.spec : null;
  const result = useSharedPlan(spec);
  const title = spec ? (spec.title ?? planTitle(graph, spec.targets)) : 'Plan not found';
  useDocumentTitle(title);

  if (!spec || !result?.ok) {
    const message = !decoded.ok ? decoded.message : result && !result.ok ? result.error.message : '';
    return (
      <main className="embed">
        <h1>This plan link does not work</h1>
        <p>
          <CodeSpans text={message} />
        </p>
      </main>
    );
  }
  const { plan } = result;
  const known = plan.steps.filter((s) => states.get(s.id) === 'known').length;
  const learning = plan.steps.filter((s) => states.get(s.id) === 'learning').length;
  const full = encodePlanUrl(spec);
  return (
    <main className="embed">
      <h1>{title}</h1>
      {spec.note && <p className="embed-note">{spec.note}</p>}
      <p className="embed-meta">
        {plural(plan.totals.concepts, 'step')} · {formatMinutes(plan.totals.minutes)}
      </p>
      <ProgressMeter known={known} learning={learning} total={plan.steps.length} />
      <ol className="embed-steps">
        {plan.steps.map((step) => {
          const state = states.get(step.id) ?? null;
          return (
            <li key={step.id} className="embed-step" data-state={state ?? undefined}>
              <a href={appHref(hrefFor({ kind: 'concept', id: step.id }))} className="link-internal" {...NEW_TAB}>
                {step.title}
              </a>{' '}
              <span className="embed-minutes">{formatMinutes(step.minutes)}</span> {state && <StateBadge state={state} />}
            </li>
          );
        })}
      </ol>
      <p className="embed-footer">
        <a href={appHref(full)} {...NEW_TAB}>
          Open this plan on {siteTitle} <span className="sr-only">(opens in a new tab)</span>
        </a>
      </p>
    </main>
  );
}
