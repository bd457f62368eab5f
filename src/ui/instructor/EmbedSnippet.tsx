import { useId } from 'react';
import { CopyButton } from './CopyButton';
import { embedSnippet } from './embedSnippet';
import { useAppHref } from '../common/useAppHref';
import { siteRoot } from './siteRoot';
import { useAppStore } from '../../store';

/** The `<iframe>` snippet for putting this plan on a course page, to read and to copy. */
export function EmbedSnippet({ url, title }: { readonly url: string; readonly title: string }) {
  const id = useId();
  const base = useAppStore((s) => s.base);
  const appHref = useAppHref();
  const snippet = embedSnippet(siteRoot(base), url, title);
  return (
    <div className="embed-snippet">
      <label htmlFor={id}>Embed this plan on another page</label>
      <p className="muted" id={`${id}-help`}>
        Most browsers keep this site’s storage apart inside another site’s page, so readers may not see their own progress in the embed; it
        then says so, asks the browser for access where it can, and links to the plan here.{' '}
        <a href={appHref(`/embed${url}`)} target="_blank" rel="noopener">
          Preview the embed <span className="sr-only">(opens in a new tab)</span>
        </a>
      </p>
      <textarea id={id} aria-describedby={`${id}-help`} readOnly rows={3} value={snippet} onFocus={(e) => e.currentTarget.select()} />
      <CopyButton text={snippet} label="Copy embed code" done="Embed code copied." />
    </div>
  );
}
