import 'katex/dist/katex.min.css';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useAppStore } from '../../store';
import { selectLinkStates } from '../../store';
import { decorateLinks } from './decorateLinks';

/**
 * A concept or roadmap body: fetched on demand, inserted as the sanitised HTML the build made,
 * with its concept links marked by state. Clicks and previews are handled app-wide.
 */
export function RenderedBody({ bodyKey, label }: { readonly bodyKey: string; readonly label: string }) {
  const entry = useAppStore((s) => s.bodies[bodyKey]);
  const url = useAppStore((s) => s.index.bodies[bodyKey]);
  const loadBody = useAppStore((s) => s.loadBody);
  const stateOf = useAppStore(selectLinkStates);
  const ref = useRef<HTMLDivElement>(null);
  const html = entry?.status === 'ready' ? entry.body.html : null;

  useEffect(() => {
    if (!entry || (url !== undefined && entry.url !== url)) loadBody(bodyKey);
  }, [entry, url, bodyKey, loadBody]);

  useLayoutEffect(() => {
    if (ref.current && html !== null) decorateLinks(ref.current, stateOf);
  }, [html, stateOf]);

  if (!entry || entry.status === 'loading') {
    return (
      <div className="body-status" role="status">
        Loading {label}…
      </div>
    );
  }
  if (entry.status === 'error') {
    return (
      <div className="body-status body-error" role="alert">
        <p>{entry.message}</p>
        {url && (
          <button type="button" className="button" onClick={() => loadBody(bodyKey)}>
            Try again
          </button>
        )}
      </div>
    );
  }
  return <div ref={ref} className="prose" dangerouslySetInnerHTML={{ __html: entry.body.html }} />;
}
