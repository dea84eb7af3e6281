import {
  type Citation,
  type CitationInput,
  type Parts,
  type Segment,
  citation,
  commaSeparated,
  em,
  formatAp,
  link,
  parts,
  publishedOrAccessed,
  quotedTitleWithComma,
  speakerLabel,
  t,
} from './shared';
import { KIND_LABELS, UNATTRIBUTED } from '../quote-labels';

/**
 * Speaker line and source line shared by the plain and Markdown formats:
 * `"…" — Name, role, Dec. 18, 2022. Quoted in "Title," Site, Dec. 18, 2022, https://…`
 */
export function plainSegments(p: Parts, strongSpeaker = false): Segment[] {
  const segs: Segment[] = [t(`"${p.quote}" — `)];
  const who = speakerLabel(p);
  if (who) segs.push(strongSpeaker ? { kind: 'strong', value: who } : t(who));
  else segs.push(t(UNATTRIBUTED.toLowerCase()));
  const rest = [p.speakerName ? p.speakerRole : null, p.quoteDate ? formatAp(p.quoteDate) : null].filter(Boolean);
  if (rest.length) segs.push(t(`, ${rest.join(', ')}`));
  // Reported speech is the article's wording, not the speaker's: say so rather than "quoted".
  segs.push(t(`. ${KIND_LABELS[p.kind].citedIn} `));

  const tail: Segment[][] = [];
  if (p.site) tail.push([em(p.site)]);
  tail.push([t(publishedOrAccessed(p, formatAp))]);
  if (p.url) tail.push([link(p.url)]);
  if (p.title) segs.push(t(`${quotedTitleWithComma(p.title)} `));
  segs.push(...commaSeparated(tail));
  if (!p.url) segs.push(t('.'));
  return segs;
}

export function plain(input: CitationInput): Citation {
  const segs = plainSegments(parts(input));
  return citation(segs);
}
