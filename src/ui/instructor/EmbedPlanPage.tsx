import { useMemo, useState } from 'react';
import { decodePlanUrl, encodePlanUrl } from '../../core/planner';
import { hrefFor, withBase } from '../../core/route';
import { AppStoreProvider, createAppStore, useAppStore, useAppStoreApi } from '../../store';
import { planTitle } from '../../store';
import { selectStates } from '../../store';
import { formatDuration, plural } from '../../core/text';
import { ProgressMeter } from '../common/ProgressMeter';
import { StateBadge } from '../common/StateBadge';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { useSharedPlan } from './useSharedPlan';
import './embed.css';
import { useAppHref } from '../common/useAppHref';
import { CodeSpans } from '../common/CodeSpans';
import { EmbedProgressNotice } from './EmbedProgressNotice';
import { browserStorageAccess, type StorageAccess } from './storageAccess';
import { useEmbedProgress, type EmbedProgress } from './useEmbedProgress';

const NEW_TAB = { target: '_blank', rel: 'noopener' } as const;

/**
 * A plan for an `<iframe>` (`/embed/plan/…`): compact, without the site's header and footer,
 * listing every step of the shared plan. Links open the full site in a new tab. The viewer's own
 * progress shows only where this page can read the site's storage: framed by another site, the
 * browser keeps it apart, so the page says so and asks for access (Storage Access API) or links
 * to the plan on the site. `storageAccess` is the browser's unless a test passes one.
 */
export function EmbedPlanPage({ url, storageAccess }: { readonly url: string; readonly storageAccess?: StorageAccess }) {
  const [access] = useState(() => storageAccess ?? browserStorageAccess());
  const { progress, ask } = useEmbedProgress(access);
  const api = useAppStoreApi();
  const granted = progress.kind === 'granted' ? progress.storage : null;
  // Granted storage is read by a store of its own, so progress is loaded exactly as the site does.
  const grantedStore = useMemo(() => {
    if (!granted) return null;
    const { index, base, href, graph, details } = api.getState();
    // It starts from the content this page already has (the embed waits for the whole graph).
    const known = Object.values(details).flatMap((entry) => (entry.status === 'ready' ? [entry.concept] : []));
    const preload = { graph: graph.concepts, details: known };
    return createAppStore({ index, base, preload, storage: granted, history: null, url: withBase(href, base) });
  }, [granted, api]);
  const plan = <EmbedPlan url={url} progress={progress} ask={ask} />;
  return grantedStore ? <AppStoreProvider store={grantedStore}>{plan}</AppStoreProvider> : plan;
}

function EmbedPlan({ url, progress, ask }: { readonly url: string; readonly progress: EmbedProgress; readonly ask: () => void }) {
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
  // Progress read from storage the browser keeps apart is not the learner's: show none of it.
  const shown = progress.kind === 'own' || progress.kind === 'granted';
  const stateOf = (id: string) => (shown ? (states.get(id) ?? null) : null);
  const known = plan.steps.filter((s) => stateOf(s.id) === 'known').length;
  const learning = plan.steps.filter((s) => stateOf(s.id) === 'learning').length;
  const full = appHref(encodePlanUrl(spec));
  return (
    <main className="embed">
      <h1>{title}</h1>
      {spec.note && <p className="embed-note">{spec.note}</p>}
      <p className="embed-meta">
        {plural(plan.totals.concepts, 'step')} · {formatDuration(plan.totals.minutes)}
      </p>
      <EmbedProgressNotice progress={progress} ask={ask} siteTitle={siteTitle} planHref={full} />
      {shown && <ProgressMeter known={known} learning={learning} total={plan.steps.length} />}
      <ol className="embed-steps">
        {plan.steps.map((step) => {
          const state = stateOf(step.id);
          return (
            <li key={step.id} className="embed-step" data-state={state ?? undefined}>
              <a href={appHref(hrefFor({ kind: 'concept', id: step.id }))} className="link-internal" {...NEW_TAB}>
                {step.title}
              </a>{' '}
              <span className="embed-minutes">{formatDuration(step.minutes)}</span> {state && <StateBadge state={state} />}
            </li>
          );
        })}
      </ol>
      <p className="embed-footer">
        <a href={full} {...NEW_TAB}>
          Open this plan on {siteTitle} <span className="sr-only">(opens in a new tab)</span>
        </a>
      </p>
    </main>
  );
}
