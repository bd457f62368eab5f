import { useEffect, useRef, useState } from 'react';
import { registerServiceWorker, type ApplyUpdate, type RegisterServiceWorker } from './registerServiceWorker';
import '../styles/update.css';

/** How long "Ready to work offline" stays. */
export const OFFLINE_READY_MS = 6000;

type Shown = 'nothing' | 'offline-ready' | 'update';

/**
 * The service worker's news: "a new version is available" with Reload and Later when a new
 * deploy waits, and "ready to work offline" for a few seconds after the first install.
 * `register` is for tests; the app uses the real registration (production builds only).
 */
export function UpdatePrompt({ register = registerServiceWorker }: { readonly register?: RegisterServiceWorker }) {
  const [shown, setShown] = useState<Shown>('nothing');
  const apply = useRef<ApplyUpdate | undefined>(undefined);

  useEffect(() => {
    let live = true;
    void register({
      onNeedRefresh: () => live && setShown('update'),
      // An update found at the same time matters more.
      onOfflineReady: () => live && setShown((now) => (now === 'update' ? now : 'offline-ready')),
    }).then((applyUpdate) => {
      if (live) apply.current = applyUpdate;
    });
    return () => {
      live = false;
    };
  }, [register]);

  useEffect(() => {
    if (shown !== 'offline-ready') return undefined;
    const timer = setTimeout(() => setShown('nothing'), OFFLINE_READY_MS);
    return () => clearTimeout(timer);
  }, [shown]);

  if (shown === 'nothing') return null;
  // Rendered only when there is news, so the page has no empty live region for other status
  // messages to be confused with; screen readers announce a status as it appears.
  return (
    <div className="update-prompt">
      {shown === 'update' ? (
        <div className="update-card" role="status">
          <p>A new version of this site is available.</p>
          <div className="update-actions">
            <button type="button" className="button button-primary button-small" onClick={() => void apply.current?.()}>
              Reload
            </button>
            <button type="button" className="button button-small" onClick={() => setShown('nothing')}>
              Later
            </button>
          </div>
        </div>
      ) : (
        <div className="update-card" role="status">
          <p>Ready to work offline: pages you open are kept for reading without a connection.</p>
          <button type="button" className="button button-quiet button-small" onClick={() => setShown('nothing')}>
            Close
          </button>
        </div>
      )}
    </div>
  );
}
