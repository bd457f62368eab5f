import { useEffect } from 'react';
import { useAppStore } from '../../store';

/** Sets the tab's title to "<page> · <site>" (the site alone when `page` is null). */
export function useDocumentTitle(page: string | null): void {
  const site = useAppStore((s) => s.index.site.title);
  useEffect(() => {
    document.title = page ? `${page} · ${site}` : site;
  }, [page, site]);
}
