import { useEffect, useRef, useState } from 'preact/hooks';
import { outletOf } from '../../utils/library/search';
import type { SavedQuote } from '../../utils/library/types';
import type { StatementGroup } from '../../utils/library/statements';
import type { QuoteGroup } from '../../utils/library/view';
import { displayDate } from '../format';
import { SavedQuoteCard } from './SavedQuoteCard';

// The groups and their quotes, rendered a page at a time: a library of 10,000 quotes opens with
// the first screenfuls, and more are added as the reader scrolls (or presses "Show more", which is
// the same control for the keyboard).

export const FIRST_PAGE = 24;
export const NEXT_PAGE = 200;

interface Props {
  groups: QuoteGroup[];
  copiedId: string | null;
  hrefOf(q: SavedQuote): string | null;
  onCopy(q: SavedQuote): void;
  onDelete(q: SavedQuote): void;
  onNote(q: SavedQuote, note: string, tags: string[]): Promise<boolean>;
  /** Opens the export panel for one article. */
  onExportArticle(key: string, title: string): void;
}

function GroupHead({ g, onExport }: { g: QuoteGroup; onExport(): void }) {
  const n = `${g.quotes.length} quote${g.quotes.length === 1 ? '' : 's'}`;
  if (g.by === 'statement') {
    const s = g as StatementGroup;
    const outlets = `${s.outlets} outlet${s.outlets === 1 ? '' : 's'}`;
    const linked = Object.keys(s.relations).length > 0;
    return (
      <header class="group__head">
        <h2 class="group__title">{g.title}</h2>
        <p class="group__meta">
          {(linked ? [displayDate(g.quotes[0].date), outlets, n] : [n]).filter(Boolean).join(' · ')}
        </p>
      </header>
    );
  }
  if (g.by === 'speaker') {
    const role = g.quotes.find((q) => q.speaker.name && q.speaker.role)?.speaker.role;
    return (
      <header class="group__head">
        <h2 class="group__title">{g.title}</h2>
        <p class="group__meta">{[role, n].filter(Boolean).join(' · ')}</p>
      </header>
    );
  }
  const q = g.quotes[0];
  return (
    <header class="group__head">
      <h2 class="group__title">
        <a href={q.page.url} target="_blank" rel="noopener noreferrer">
          {g.title}
        </a>
      </h2>
      <p class="group__meta">
        {[outletOf(q), displayDate(q.page.published), n].filter(Boolean).join(' · ')}
        <button
          type="button"
          class="link-button group__export"
          onClick={onExport}
          aria-label={`Export the quotes from ${g.title}`}
        >
          Export
        </button>
      </p>
    </header>
  );
}

export function LibraryList({ groups, copiedId, hrefOf, onCopy, onDelete, onNote, onExportArticle }: Props) {
  const [limit, setLimit] = useState(FIRST_PAGE);
  const more = useRef<HTMLButtonElement>(null);
  const total = groups.reduce((n, g) => n + g.quotes.length, 0);

  useEffect(() => {
    const el = more.current;
    if (!el || typeof IntersectionObserver !== 'function') return;
    const io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setLimit((l) => l + NEXT_PAGE);
    });
    io.observe(el);
    return () => io.disconnect();
  }, [limit < total]);

  let left = limit;
  const shown: { g: QuoteGroup; quotes: SavedQuote[] }[] = [];
  for (const g of groups) {
    if (left <= 0) break;
    const quotes = g.quotes.slice(0, left);
    left -= quotes.length;
    shown.push({ g, quotes });
  }

  return (
    <>
      {shown.map(({ g, quotes }) => (
        <section class="group" key={`${g.by}:${g.key}`}>
          <GroupHead g={g} onExport={() => onExportArticle(g.key, g.title)} />
          <ol class="group__quotes">
            {quotes.map((q) => (
              <li key={q.id}>
                <SavedQuoteCard
                  q={q}
                  bySpeaker={g.by !== 'article'}
                  relation={g.by === 'statement' ? (g as StatementGroup).relations[q.id] : undefined}
                  href={hrefOf(q)}
                  copied={copiedId === q.id}
                  onCopy={onCopy}
                  onDelete={onDelete}
                  onNote={onNote}
                />
              </li>
            ))}
          </ol>
        </section>
      ))}
      {limit < total ? (
        <button type="button" class="button more" ref={more} onClick={() => setLimit((l) => l + NEXT_PAGE)}>
          Show more ({(total - limit).toLocaleString('en')} left)
        </button>
      ) : null}
    </>
  );
}
