/**
 * A concept page while its data is on its way, or after fetching it failed: a status, never an
 * empty page, and a way to try again.
 */
export function ConceptPending({ message, onRetry }: { readonly message: string | null; readonly onRetry: () => void }) {
  return (
    <article className="page concept-page">
      {message ? (
        <div className="body-status body-error" role="alert">
          <p>{message}</p>
          <button type="button" className="button" onClick={onRetry}>
            Try again
          </button>
        </div>
      ) : (
        <p className="body-status" role="status">
          Loading the concept…
        </p>
      )}
    </article>
  );
}
