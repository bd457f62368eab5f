import { useAppStore } from '../../store';
import { useAppHref } from '../common/useAppHref';

/** The visible notice for progress that could not be read or cannot be saved. */
export function StorageNoticeBanner() {
  const notice = useAppStore((s) => s.storageNotice);
  const dismiss = useAppStore((s) => s.dismissNotice);
  const appHref = useAppHref();
  if (!notice) return null;
  return (
    <div className="notice notice-warning" role="alert">
      <div className="notice-inner">
        {notice.kind === 'invalid' ? (
          <p>
            <strong>Your saved progress could not be read</strong> ({notice.reason}).{' '}
            {notice.asideKey ? (
              <>
                It was kept aside, untouched, under <code>{notice.asideKey}</code>, and you are starting from empty progress.
              </>
            ) : (
              <>It could not be kept aside, so nothing will be saved during this visit, to leave it untouched.</>
            )}{' '}
            <a href={appHref('/settings')}>Progress settings</a>
          </p>
        ) : notice.kind === 'unsaved' ? (
          <p>
            <strong>Your latest change could not be saved.</strong> The browser refused to store it (its storage for this site may be full).
            Your changes last until you close this tab; export them from <a href={appHref('/settings')}>Progress settings</a> to keep them.
          </p>
        ) : (
          <p>
            <strong>This browser does not let the site save progress.</strong> Your changes last until you close this tab; export them from{' '}
            <a href={appHref('/settings')}>Progress settings</a> to keep them.
          </p>
        )}
        <button type="button" className="button button-quiet" onClick={dismiss}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
