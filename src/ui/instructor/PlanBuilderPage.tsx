import { titleOf } from '../../core/graph';
import { useEffect, useMemo, useState } from 'react';
import type { ConceptId } from '../../core/model';
import { MAX_NOTE_LENGTH, MAX_TITLE_LENGTH } from '../../core/planner';
import { encodePlanUrl, normalisePlanSpec } from '../../core/planner';
import { useAppStore } from '../../store';
import { planTitle } from '../../store';
import { formatDuration, plural } from '../../core/text';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { AssumedPicker } from './AssumedPicker';
import { BuilderSteps } from './BuilderSteps';
import { CourseList } from './CourseList';
import { EmbedSnippet } from './EmbedSnippet';
import { ExportButtons } from './ExportButtons';
import { PlanLinkField } from './PlanLinkField';
import { TargetPicker } from './TargetPicker';
import { planExportSource } from './planExportSource';
import { useInitialSpec } from './useInitialSpec';
import { useSharedPlan } from './useSharedPlan';
import './instructor.css';
import { CodeSpans } from '../common/CodeSpans';

/**
 * The plan builder (`/plan/new`): pick targets by search, tick the concepts the class already
 * knows from the plan itself, give it a title and a note, and share the link. The plan and its
 * hours follow every change; the viewer's own progress plays no part.
 */
export function PlanBuilderPage() {
  const graph = useAppStore((s) => s.graph);
  const base = useAppStore((s) => s.base);
  const initial = useInitialSpec();
  const [targets, setTargets] = useState<readonly ConceptId[]>(initial.spec.targets);
  const [known, setKnown] = useState<readonly ConceptId[]>(initial.spec.known);
  const [title, setTitle] = useState(initial.spec.title ?? '');
  const [note, setNote] = useState(initial.spec.note ?? '');
  const [lastAssumed, setLastAssumed] = useState('');
  useDocumentTitle('Build a plan');

  const spec = useMemo(() => normalisePlanSpec({ targets, known, title, note }), [targets, known, title, note]);
  const result = useSharedPlan(spec);
  const plan = result?.ok ? result.plan : null;
  const autoTitle = targets.length > 0 ? planTitle(graph, targets) : 'Untitled plan';
  const shownTitle = spec.title ?? autoTitle;
  const url = targets.length > 0 ? encodePlanUrl(spec) : null;
  // The draft is kept in the address bar (as "edit a copy" links write it), so a reload keeps it;
  // after a pause in typing, as browsers limit how often a page may rewrite its address.
  const keepAddress = useAppStore((s) => s.keepAddress);
  useEffect(() => {
    const timer = setTimeout(() => keepAddress(url ? `/plan/new?from=${encodeURIComponent(url)}` : '/plan/new'), 300);
    return () => clearTimeout(timer);
  }, [url, keepAddress]);

  return (
    <article className="page builder-page">
      <header className="page-header">
        <p className="eyebrow">For instructors</p>
        <h1 tabIndex={-1}>Build a plan</h1>
        <p className="lead">
          Choose what the class should learn, tick what it already knows, and share the link: everyone who opens it gets the same plan, on
          top of their own progress.
        </p>
      </header>
      {initial.problem && <p className="plan-warnings">{initial.problem}</p>}

      <section aria-labelledby="targets-heading" className="builder-section">
        <h2 id="targets-heading">1. Targets</h2>
        <TargetPicker
          chosen={targets}
          onAdd={(id) => {
            setTargets((t) => [...t, id]);
            setKnown((k) => k.filter((x) => x !== id));
          }}
        />
        {targets.length > 0 && (
          <ul className="chosen-targets" aria-label="Chosen targets">
            {targets.map((id) => (
              <li key={id}>
                {titleOf(graph, id)}{' '}
                <button
                  type="button"
                  className="button button-small button-quiet"
                  aria-label={`Remove ${titleOf(graph, id)}`}
                  onClick={() => setTargets((t) => t.filter((x) => x !== id))}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="details-heading" className="builder-section">
        <h2 id="details-heading">2. Title and note</h2>
        <div className="field">
          <label htmlFor="plan-title">Title</label>
          <input
            id="plan-title"
            type="text"
            maxLength={MAX_TITLE_LENGTH}
            placeholder={autoTitle}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="plan-note">Note for learners (optional)</label>
          <textarea id="plan-note" rows={3} maxLength={MAX_NOTE_LENGTH} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
        </div>
      </section>

      <section aria-labelledby="plan-heading" className="builder-section">
        <h2 id="plan-heading">3. The plan</h2>
        <p role="status" className="builder-totals">
          {plan ? `${plural(plan.totals.concepts, 'step')} · ${formatDuration(plan.totals.minutes)}` : 'Add a target to see its plan.'}
          {lastAssumed && plan ? ` (${lastAssumed} is now assumed known.)` : ''}
        </p>
        {result && !result.ok && (
          <p className="plan-warnings">
            <CodeSpans text={result.error.message} />
          </p>
        )}
        {plan && (
          <BuilderSteps
            plan={plan}
            onAssume={(id, stepTitle) => {
              setKnown((k) => [...k, id]);
              setLastAssumed(stepTitle);
            }}
          />
        )}
        <h3>Assumed known</h3>
        <AssumedPicker
          known={spec.known}
          onRestore={(id) => {
            setKnown((k) => k.filter((x) => x !== id));
            setLastAssumed('');
          }}
        />
      </section>

      {plan && url && (
        <section aria-labelledby="share-heading" className="builder-section">
          <h2 id="share-heading">4. Share</h2>
          <PlanLinkField url={url} />
          <ExportButtons source={planExportSource(graph, plan, spec, shownTitle, base)} />
          <EmbedSnippet url={url} title={shownTitle} />
        </section>
      )}

      <CourseList />
    </article>
  );
}
