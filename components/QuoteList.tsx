import type { PageLinks } from '../utils/linking/also';
import type { Quote } from '../utils/types';
import { AlsoReportedList } from './AlsoReported';
import { displayDate } from './format';
import { KIND_LABELS, speakerLabel } from '../utils/quote-labels';

/** Where a quote stands with the library: absent (no entry), being saved, in it, or failed. */
export type SaveState = 'saving' | 'saved' | 'failed';

interface Props {
  quotes: Quote[];
  onShow(q: Quote): void;
  onCopy(q: Quote): void;
  copiedId: string | null;
  formatLabel: string;
  onSave(q: Quote): void;
  /** By quote id. */
  saveStates: Readonly<Record<string, SaveState>>;
  /** The reader is about to act on this quote (pointer or focus on it). */
  onPrepare?(q: Quote): void;
  /** Other outlets' reports, by quote id. */
  also?: PageLinks;
}

const SAVE_LABELS: Record<SaveState | 'unsaved', string> = {
  unsaved: 'Save',
  saving: 'Saving…',
  saved: 'Saved',
  failed: 'Save',
};

function SaveButton({
  q,
  state,
  who,
  onSave,
}: {
  q: Quote;
  state: SaveState | undefined;
  who: string;
  onSave(): void;
}) {
  const inLibrary = state === 'saved';
  return (
    <button
      type="button"
      class={`button button--small quote__save${inLibrary ? ' quote__save--done' : ''}`}
      onClick={() => !inLibrary && state !== 'saving' && onSave()}
      aria-disabled={inLibrary || state === 'saving'}
      aria-label={inLibrary ? `In your library: the quote by ${who}` : `Save to your library: the quote by ${who}`}
      data-quote-id={q.id}
    >
      {SAVE_LABELS[state ?? 'unsaved']}
    </button>
  );
}

/**
 * Words in quotation marks stand on their own. Reported speech is the writer's paraphrase and reads
 * oddly cut out ("Iran of supplying drones…"), so it keeps a little of its sentence around it.
 */
function QuoteText({ q }: { q: Quote }) {
  if (q.kind === 'mixed' && q.clause) return <ClauseText clause={q.clause} quoted={q.text} />;
  const at = q.kind === 'indirect' ? q.sentence.indexOf(q.text) : -1;
  if (at < 0)
    return <span class={`quote__text quote__text--${q.kind}`}>{q.kind === 'indirect' ? q.text : `“${q.text}”`}</span>;
  let before = q.sentence.slice(0, at);
  if (before.length > 70) before = `…${before.slice(-70).replace(/^\S*\s/, '')}`;
  let after = q.sentence.slice(at + q.text.length);
  if (after.length > 50) after = `${after.slice(0, 50).replace(/\s\S*$/, '')}…`;
  return (
    <span class="quote__text quote__text--indirect">
      <span class="quote__ctx">{before}</span>
      <span class="quote__reported">{q.text}</span>
      <span class="quote__ctx">{after}</span>
    </span>
  );
}

/**
 * A mixed quote's few quoted words mean little cut out ("patched"); its whole reported clause is
 * shown, the quoted words marked in it. Page text goes in as text nodes, never as HTML.
 */
function ClauseText({ clause, quoted }: { clause: string; quoted: string }) {
  const at = clause.indexOf(quoted);
  if (at < 0) return <span class="quote__text quote__text--mixed">{clause}</span>;
  return (
    <span class="quote__text quote__text--mixed quote__text--clause">
      {clause.slice(0, at)}
      <mark class="quote__quoted">{quoted}</mark>
      {clause.slice(at + quoted.length)}
    </span>
  );
}

export function QuoteList({
  quotes,
  onShow,
  onCopy,
  copiedId,
  formatLabel,
  onSave,
  saveStates,
  onPrepare,
  also = {},
}: Props) {
  if (!quotes.length) return <p class="empty">No quotes found in this article.</p>;
  return (
    <ol class="quotes" aria-label="Quotes in article order">
      {quotes.map((q) => {
        const who = speakerLabel(q.speaker);
        const date = displayDate(q.date?.iso);
        return (
          <li
            class="quote"
            key={q.id}
            data-quote-id={q.id}
            onPointerEnter={() => onPrepare?.(q)}
            onFocusIn={() => onPrepare?.(q)}
          >
            <button
              type="button"
              class="quote__show"
              onClick={() => onShow(q)}
              aria-label={`Show in page: ${q.text}`}
              title="Show in page"
            >
              <QuoteText q={q} />
            </button>
            <div class="quote__meta">
              <p class="quote__who">
                <span class="quote__name">{who}</span>
                {q.speaker.role && q.speaker.name ? <span class="quote__role">{q.speaker.role}</span> : null}
              </p>
              <p class="quote__when">
                <span class="quote__kind">{KIND_LABELS[q.kind].short}</span>
                {date ? <time dateTime={q.date?.iso}>{date}</time> : <span>Date unknown</span>}
              </p>
              <div class="quote__actions">
                <SaveButton q={q} state={saveStates[q.id]} who={who} onSave={() => onSave(q)} />
                <button
                  type="button"
                  class="button button--small quote__copy"
                  onClick={() => onCopy(q)}
                  aria-label={`Copy citation (${formatLabel}) for the quote by ${who}`}
                >
                  {copiedId === q.id ? 'Copied' : 'Copy'}
                </button>
              </div>
            </div>
            <AlsoReportedList reports={also[q.id]} />
          </li>
        );
      })}
    </ol>
  );
}
