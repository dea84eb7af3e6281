import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { KIND_LABELS, speakerLabel } from '../../utils/quote-labels';
import { outletOf } from '../../utils/library/search';
import type { SavedQuote } from '../../utils/library/types';
import { displayDate } from '../format';

// One saved quote in the side panel: the words, who said them and when, the reader's note, and
// what can be done with it. Everything from the page or the reader is rendered as text.

/** Longer quotes are shown cut, with "Show all": a 10,000-character quote must not fill the panel. */
export const CLAMP_CHARS = 420;

interface Props {
  q: SavedQuote;
  /** Grouped by speaker, each card names its article (its heading names the speaker); by article, the reverse. */
  bySpeaker: boolean;
  /** Grouped by statement: how this quote reports it ("first reported", "paraphrase"). */
  relation?: string;
  /** Where "Open at the quote" goes. */
  href: string | null;
  copied: boolean;
  onCopy(q: SavedQuote): void;
  onDelete(q: SavedQuote): void;
  onNote(q: SavedQuote, note: string, tags: string[]): Promise<boolean>;
}

function QuoteWords({ q }: { q: SavedQuote }) {
  const [all, setAll] = useState(false);
  const long = q.text.length > CLAMP_CHARS;
  const cut = long && !all ? `${q.text.slice(0, CLAMP_CHARS).replace(/\s+\S*$/, '')}…` : q.text;
  const words = q.kind === 'indirect' ? cut : `“${cut}${long && !all ? '' : '”'}`;
  return (
    <>
      <blockquote class={`card__quote card__quote--${q.kind}`} cite={q.page.url}>
        {words}
      </blockquote>
      {long ? (
        <button type="button" class="link-button" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? 'Show less' : `Show all ${q.text.length.toLocaleString('en')} characters`}
        </button>
      ) : null}
    </>
  );
}

/** Tags as typed: separated by commas. */
const splitTags = (s: string) =>
  s
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);

function NoteEditor({ q, onDone }: { q: SavedQuote; onDone(change: { note: string; tags: string[] } | null): void }) {
  const [draft, setDraft] = useState(q.note);
  const [tags, setTags] = useState(q.tags.join(', '));
  const ref = useRef<HTMLTextAreaElement>(null);
  // Before the next keystroke, not after paint: a reader typing right after the click lost the first letter.
  useLayoutEffect(() => ref.current?.focus(), []);
  const id = `note-${q.id}`;
  const done = () => onDone({ note: draft, tags: splitTags(tags) });
  const keys = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onDone(null);
    } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      done();
    }
  };
  return (
    <form
      class="note-editor"
      onSubmit={(e) => {
        e.preventDefault();
        done();
      }}
    >
      <label class="field__label" for={id}>
        Note
      </label>
      <textarea
        id={id}
        ref={ref}
        rows={3}
        value={draft}
        onInput={(e) => setDraft((e.currentTarget as HTMLTextAreaElement).value)}
        onKeyDown={keys}
      />
      <label class="field__label" for={`tags-${q.id}`}>
        Tags <span class="note-editor__hint">(separated by commas)</span>
      </label>
      <input
        id={`tags-${q.id}`}
        type="text"
        class="note-editor__tags"
        value={tags}
        onInput={(e) => setTags((e.currentTarget as HTMLInputElement).value)}
        onKeyDown={keys}
      />
      <div class="note-editor__actions">
        <button type="submit" class="button button--small button--primary">
          Save note
        </button>
        <button type="button" class="button button--small" onClick={() => onDone(null)}>
          Cancel
        </button>
        <span class="note-editor__hint">Ctrl+Enter saves, Esc cancels</span>
      </div>
    </form>
  );
}

export function SavedQuoteCard({ q, bySpeaker, relation, href, copied, onCopy, onDelete, onNote }: Props) {
  const [editing, setEditing] = useState(false);
  const noteButton = useRef<HTMLButtonElement>(null);
  const who = speakerLabel(q.speaker);
  const date = displayDate(q.date);
  const finish = async (change: { note: string; tags: string[] } | null) => {
    const same = change && change.note === q.note && change.tags.join('\n') === q.tags.join('\n');
    if (change && !same && !(await onNote(q, change.note, change.tags))) return; // failed: keep editing
    setEditing(false);
    setTimeout(() => noteButton.current?.focus(), 0);
  };
  return (
    <article class="card" data-id={q.id} tabIndex={-1} aria-label={`Quote by ${who}`}>
      <QuoteWords q={q} />
      {bySpeaker ? null : (
        <p class="card__who">
          <span class="card__name">{who}</span>
          {q.speaker.role && q.speaker.name ? <span class="card__role">, {q.speaker.role}</span> : null}
        </p>
      )}
      <p class="card__when">
        <span class="card__kind">{KIND_LABELS[q.kind].short}</span>
        {date ? <time dateTime={q.date ?? undefined}>{date}</time> : <span>Date unknown</span>}
        {relation ? <span class="card__relation">{relation}</span> : null}
      </p>
      {bySpeaker ? (
        <p class="card__source">
          {q.page.title ?? 'Untitled page'} — {outletOf(q)}
        </p>
      ) : null}
      {editing ? (
        <NoteEditor q={q} onDone={finish} />
      ) : (
        <>
          {q.note ? (
            <p class="card__note">
              <span class="sr-only">Note: </span>
              {q.note}
            </p>
          ) : null}
          {q.tags.length ? (
            <ul class="card__tags" aria-label="Tags">
              {q.tags.map((t) => (
                <li key={t}>{t}</li>
              ))}
            </ul>
          ) : null}
        </>
      )}
      <div class="card__actions">
        {href ? (
          <a
            class="button button--small"
            href={href}
            target="_blank"
            rel="noopener noreferrer"
            aria-label={`Open the article at the quote by ${who}`}
          >
            Open
          </a>
        ) : null}
        <button
          type="button"
          class="button button--small"
          onClick={() => onCopy(q)}
          aria-label={`Copy a citation of the quote by ${who}`}
        >
          {copied ? 'Copied' : 'Copy'}
        </button>
        {editing ? null : (
          <button
            type="button"
            class="button button--small"
            ref={noteButton}
            onClick={() => setEditing(true)}
            aria-label={`${q.note || q.tags.length ? 'Edit the note and tags on' : 'Add a note or tags to'} the quote by ${who}`}
          >
            {q.note || q.tags.length ? 'Edit note' : 'Add note'}
          </button>
        )}
        <button
          type="button"
          class="button button--small button--quiet"
          onClick={() => onDelete(q)}
          aria-label={`Delete the quote by ${who}`}
        >
          Delete
        </button>
      </div>
    </article>
  );
}
