import {
  type Citation,
  type CitationInput,
  type Segment,
  commaSeparated,
  em,
  formatAp,
  link,
  para,
  parts,
  publishedOrAccessed,
  renderHtml,
  renderMarkdown,
  speakerLabel,
  strong,
  t,
} from './shared';
import { KIND_LABELS } from '../quote-labels';

/**
 * The plain citation as a Markdown block quote: the quote, then the attribution, with the article
 * title carrying the link instead of a bare URL.
 *
 *   > "…"
 *   >
 *   > — **Nasser Kanani**, Iran's Foreign Ministry spokesperson, Dec. 18, 2022. Quoted in [Title](https://…), *The Moscow Times*, Dec. 18, 2022.
 */
export function markdown(input: CitationInput): Citation {
  const p = parts(input);
  const segs: Segment[] = [t(`"${p.quote}"`), para(), t('— ')];
  const who = speakerLabel(p);
  segs.push(who ? strong(who) : t('unattributed'));
  const rest = [p.speakerName ? p.speakerRole : null, p.quoteDate ? formatAp(p.quoteDate) : null].filter(Boolean);
  if (rest.length) segs.push(t(`, ${rest.join(', ')}`));
  segs.push(t(`. ${KIND_LABELS[p.kind].citedIn} `));

  const items: Segment[] = [];
  if (p.title) items.push(p.url ? link(p.url, p.title) : t(`"${p.title}"`));
  if (p.site) items.push(em(p.site));
  items.push(t(publishedOrAccessed(p, formatAp)));
  if (p.url && !p.title) items.push(link(p.url));
  segs.push(...commaSeparated(items.map((s) => [s])), t('.'));
  return { text: renderMarkdown(segs), html: renderHtml(segs) };
}
