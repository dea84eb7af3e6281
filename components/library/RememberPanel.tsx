import { useEffect, useState } from 'preact/hooks';
import type { LibraryApi } from './api';

// Which articles count for "Also reported by", beyond the saved quotes: every article analysed,
// when the reader turns this on. Kept in this browser only, and cleared with one button.

interface Props {
  api: LibraryApi;
  onError(e: unknown): void;
  /** Tells assistive technology what happened (the panel's one status line). */
  onNotice(message: string): void;
}

export function RememberPanel({ api, onError, onNotice }: Props) {
  const [on, setOn] = useState(false);
  const [articles, setArticles] = useState<number | null>(null);
  const count = () => api.rememberedArticles().then(setArticles, onError);

  useEffect(() => {
    api.getRemember().then(setOn, () => {});
    void count();
  }, []);

  const toggle = async (next: boolean) => {
    setOn(next);
    try {
      await api.setRemember(next);
    } catch (e) {
      setOn(!next);
      onError(e);
    }
  };
  const clear = async () => {
    try {
      await api.forgetRemembered();
      setArticles(0);
      onNotice('Remembered articles cleared. Your saved quotes are kept.');
    } catch (e) {
      onError(e);
    }
  };

  return (
    <section class="remember" aria-labelledby="remember-title">
      <h2 class="remember__title" id="remember-title">
        Other outlets
      </h2>
      <label class="remember__check">
        <input type="checkbox" checked={on} onChange={(e) => toggle((e.currentTarget as HTMLInputElement).checked)} />
        <span>Remember analysed articles</span>
      </label>
      <p class="remember__help">
        “Also reported by” finds other outlets’ reports of a quote among your saved quotes
        {on ? ' and every article you analyse' : ''}. Remembered articles stay in this browser; nothing is sent
        anywhere.
      </p>
      <p class="remember__row">
        <span class="remember__count" aria-live="polite">
          {articles === null ? '' : `${articles.toLocaleString('en')} article${articles === 1 ? '' : 's'} remembered`}
        </span>
        <button type="button" class="button button--small" onClick={clear} disabled={!articles}>
          Clear remembered articles
        </button>
      </p>
    </section>
  );
}
