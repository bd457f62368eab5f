import { useState } from 'react';
import { useAppStore } from '../../store';
import { siteRoot } from '../instructor/siteRoot';

/** Save to (or remove from) my plans, and copy the plan's link. */
export function PlanActions({ url, title }: { readonly url: string; readonly title: string }) {
  const saved = useAppStore((s) => s.progress.plans.some((p) => p.url === url));
  const savePlan = useAppStore((s) => s.savePlan);
  const removePlan = useAppStore((s) => s.removePlan);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const base = useAppStore((s) => s.base);
  const link = siteRoot(base) + url;

  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('yes');
    } catch {
      setCopied('no');
    }
  }

  return (
    <div className="page-actions">
      {saved ? (
        <button type="button" className="button" onClick={() => removePlan(url)}>
          Remove from my plans
        </button>
      ) : (
        <button type="button" className="button button-primary" onClick={() => savePlan(url, title)}>
          Save to my plans
        </button>
      )}
      <button type="button" className="button" onClick={() => void copy()}>
        Copy link
      </button>
      <span role="status" className="action-status">
        {saved ? 'Saved in your plans. ' : ''}
        {copied === 'yes' ? 'Link copied.' : ''}
      </span>
      {copied === 'no' && (
        <label className="copy-fallback">
          Copy this link: <input readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </div>
  );
}
