import { useId } from 'react';
import { CopyButton } from './CopyButton';
import { useAppHref } from '../common/useAppHref';
import { siteRoot } from './siteRoot';
import { useAppStore } from '../../store';

/** The plan's shareable link: shown in full, copied with one click, or opened. */
export function PlanLinkField({ url }: { readonly url: string }) {
  const id = useId();
  const base = useAppStore((s) => s.base);
  const appHref = useAppHref();
  const link = siteRoot(base) + url;
  return (
    <div className="plan-link-field">
      <label htmlFor={id}>Plan link</label>
      <input id={id} type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
      <div className="share-row">
        <CopyButton text={link} label="Copy link" done="Link copied." />
        <a className="button button-small" href={appHref(url)}>
          Open the plan
        </a>
      </div>
    </div>
  );
}
