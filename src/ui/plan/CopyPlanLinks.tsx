import { useId, useMemo, useState } from 'react';
import { decodePlanUrl, encodePlanUrl } from '../../core/planner';
import { selectStates, useAppStore } from '../../store';
import { plural } from '../../core/text';
import { siteRoot } from '../instructor/siteRoot';
import { withKnownAssumed } from './withKnownAssumed';

type Copied = { readonly ok: boolean; readonly link: string; readonly said: string };

/**
 * Two ways to share a plan: the plan itself (the recipient starts from their own progress), or
 * the plan with what this learner knows assumed (the recipient's plan skips it). After copying,
 * says what the recipient will see; where the clipboard is refused, shows the link to copy.
 */
export function CopyPlanLinks({ url }: { readonly url: string }) {
  const graph = useAppStore((s) => s.graph);
  const states = useAppStore(selectStates);
  const base = useAppStore((s) => s.base);
  const fieldId = useId();
  const [copied, setCopied] = useState<Copied | null>(null);
  const withKnown = useMemo(() => {
    const decoded = decodePlanUrl(url, graph);
    return decoded.ok ? withKnownAssumed(graph, decoded.spec, states) : { spec: null, added: 0 };
  }, [url, graph, states]);

  async function copy(path: string, said: string) {
    const link = siteRoot(base) + path;
    try {
      await navigator.clipboard.writeText(link);
      setCopied({ ok: true, link, said });
    } catch {
      setCopied({ ok: false, link, said });
    }
  }

  const known = plural(withKnown.added, 'concept');
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => void copy(url, 'Whoever opens it sees this plan from scratch, with their own progress, not yours.')}
      >
        Copy link to this plan
      </button>
      {withKnown.spec && withKnown.added > 0 && (
        <button
          type="button"
          className="button"
          onClick={() =>
            void copy(
              encodePlanUrl(withKnown.spec),
              `Whoever opens it gets this plan with the ${known} you know marked as assumed, so their plan skips ${withKnown.added === 1 ? 'it' : 'them'}.`,
            )
          }
        >
          Copy link with what I know marked as assumed
        </button>
      )}
      <span role="status" className="action-status">
        {copied?.ok ? `Link copied. ${copied.said}` : ''}
      </span>
      {copied && !copied.ok && (
        <span className="copy-fallback">
          <label htmlFor={fieldId}>The clipboard is not available here; copy this link instead. {copied.said}</label>{' '}
          <input id={fieldId} readOnly value={copied.link} onFocus={(e) => e.currentTarget.select()} />
        </span>
      )}
    </>
  );
}
