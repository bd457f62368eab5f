import { useCallback } from 'react';
import { withBase } from '../../core/route';
import { useAppStore } from '../../store';

/**
 * Turns app paths (`/concepts/x`, what `hrefFor` and the store speak) into hrefs the browser can
 * follow: the same path under the site's base. Links stay real, so a new tab or a copied link
 * works wherever the site is served.
 */
export function useAppHref(): (path: string) => string {
  const base = useAppStore((s) => s.base);
  return useCallback((path: string) => withBase(path, base), [base]);
}
