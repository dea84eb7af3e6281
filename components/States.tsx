export function Analysing() {
  return (
    <section class="state" aria-busy="true">
      <div class="spinner" aria-hidden="true" />
      <p class="state__title">Analysing this page…</p>
      <p class="state__text">Separating the article from the clutter and looking for quotes.</p>
    </section>
  );
}

export function NotArticle({ reason, onForce }: { reason: string | null; onForce(): void }) {
  return (
    <section class="state">
      <p class="state__title">No article on this page</p>
      <p class="state__text">{reason ?? 'This page does not look like a news article.'}</p>
      <button type="button" class="button button--primary" onClick={onForce}>
        Analyse anyway
      </button>
    </section>
  );
}

export function Restricted({ reason }: { reason: string }) {
  return (
    <section class="state">
      <p class="state__title">Verbatim can’t read this page</p>
      <p class="state__text">{reason}</p>
    </section>
  );
}

export function Failed({ message, onRetry }: { message: string; onRetry(): void }) {
  return (
    <section class="state">
      <p class="state__title">Something went wrong</p>
      <p class="state__text">{message}</p>
      <button type="button" class="button" onClick={onRetry}>
        Try again
      </button>
    </section>
  );
}
