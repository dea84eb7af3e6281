import type { Quote } from '../utils/types';
import { displayDate } from './format';

interface Props {
  quotes: Quote[];
  onShow(q: Quote): void;
  onCopy(q: Quote): void;
  copiedId: string | null;
  formatLabel: string;
}

const KIND_LABEL: Record<Quote['kind'], string> = { direct: 'Quote', indirect: 'Reported', mixed: 'Partly quoted' };

export function QuoteList({ quotes, onShow, onCopy, copiedId, formatLabel }: Props) {
  if (!quotes.length) return <p class="empty">No quotes found in this article.</p>;
  return (
    <ol class="quotes" aria-label="Quotes in article order">
      {quotes.map((q) => {
        const who = q.speaker.name ?? q.speaker.mention ?? 'Unattributed';
        const date = displayDate(q.date);
        return (
          <li class="quote" key={q.id} data-quote-id={q.id}>
            <button type="button" class="quote__show" onClick={() => onShow(q)} aria-label={`Show in page: ${q.text}`} title="Show in page">
              <span class={`quote__text quote__text--${q.kind}`}>
                {q.kind === 'indirect' ? q.text : `“${q.text}”`}
              </span>
            </button>
            <div class="quote__meta">
              <p class="quote__who">
                <span class="quote__name">{who}</span>
                {q.speaker.role && q.speaker.name ? <span class="quote__role">{q.speaker.role}</span> : null}
              </p>
              <p class="quote__when">
                <span class="quote__kind">{KIND_LABEL[q.kind]}</span>
                {date ? <time dateTime={q.date ?? undefined}>{date}</time> : <span>Date unknown</span>}
              </p>
              <button type="button" class="button button--small quote__copy" onClick={() => onCopy(q)} aria-label={`Copy citation (${formatLabel}) for the quote by ${who}`}>
                {copiedId === q.id ? 'Copied' : 'Copy'}
              </button>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
