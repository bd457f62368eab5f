import { useCallback, useEffect, useState } from 'react';
import type { StorageAccess } from './storageAccess';

/** Whether an embed can show the learner's progress, and what it can do about it. */
export type EmbedProgress =
  /** Not framed by another origin: the store's progress is the site's own. */
  | { readonly kind: 'own' }
  | { readonly kind: 'checking' }
  /** Framed by another site; the browser may grant access from a click. */
  | { readonly kind: 'ask'; readonly asking: boolean }
  /** Access granted: the site's own localStorage. `asked`: it came from a click just now. */
  | { readonly kind: 'granted'; readonly storage: Storage; readonly asked: boolean }
  /** No way to read the site's progress here: no API, refused, or access without storage. */
  | { readonly kind: 'unavailable'; readonly why: 'unsupported' | 'refused' | 'no-storage'; readonly asked: boolean };

function initial(access: StorageAccess): EmbedProgress {
  if (!access.framedByOtherOrigin) return { kind: 'own' };
  if (!access.request) return { kind: 'unavailable', why: 'unsupported', asked: false };
  return { kind: 'checking' };
}

async function requestAccess(request: () => Promise<Storage | null>, asked: boolean): Promise<EmbedProgress> {
  try {
    const storage = await request();
    return storage ? { kind: 'granted', storage, asked } : { kind: 'unavailable', why: 'no-storage', asked };
  } catch {
    return { kind: 'unavailable', why: 'refused', asked };
  }
}

/**
 * Works out whether this embed sees the learner's own progress. Framed by another site, it asks
 * the browser's permission state: already granted, storage is requested at once (no click
 * needed); otherwise `ask()`, from a click, requests it.
 */
export function useEmbedProgress(access: StorageAccess): { readonly progress: EmbedProgress; readonly ask: () => void } {
  const [progress, setProgress] = useState(() => initial(access));

  useEffect(() => {
    const { request } = access;
    if (!access.framedByOtherOrigin || !request) return;
    let live = true;
    void (async () => {
      const permission = await access.permission();
      const next: EmbedProgress =
        permission === 'granted'
          ? await requestAccess(request, false)
          : permission === 'denied'
            ? { kind: 'unavailable', why: 'refused', asked: false }
            : { kind: 'ask', asking: false };
      if (live) setProgress(next);
    })();
    return () => {
      live = false;
    };
  }, [access]);

  const ask = useCallback(() => {
    const { request } = access;
    if (!request) return;
    setProgress({ kind: 'ask', asking: true });
    // Called straight from the click, so the browser sees the user's gesture.
    void requestAccess(request, true).then(setProgress);
  }, [access]);

  return { progress, ask };
}
