import {
  type Citation,
  type CitationInput,
  type Segment,
  citation,
  commaSeparated,
  em,
  formatLong,
  link,
  ownAuthor,
  para,
  parts,
  quotedTitleWithComma,
  speakerLabel,
  t,
} from './shared';

/**
 * Chicago (notes and bibliography), the quote and then its note with "quoted in":
 *
 *   "…"
 *
 *   Nasser Kanani, Iran's Foreign Ministry spokesperson, quoted in AFP, "Iran Says Doesn't Need 'Permission' to Expand Russia Ties," *The Moscow Times*, December 18, 2022, https://….
 *
 * No author: the note goes straight to the title. No date: "n.d., accessed November 22, 2026".
 */
export function chicago(input: CitationInput): Citation {
  const p = parts(input);
  const segs: Segment[] = [t(`"${p.quote}"`), para()];
  const who = speakerLabel(p);
  const lead: string[] = [];
  if (who) lead.push(who);
  if (p.speakerName && p.speakerRole) lead.push(p.speakerRole);
  const author = ownAuthor(p);
  let head = lead.join(', ');
  if (head) head += author ? `, quoted in ${author}, ` : ', quoted in ';
  else if (author) head = `${author}, `;
  segs.push(t(head));
  if (p.title) segs.push(t(`${quotedTitleWithComma(p.title)} `));
  const items: Segment[][] = [];
  if (p.site) items.push([em(p.site)]);
  items.push([t(p.published ? formatLong(p.published) : `n.d., accessed ${formatLong(p.accessed)}`)]);
  if (p.url) items.push([link(p.url)]);
  segs.push(...commaSeparated(items), t('.'));
  return citation(segs);
}
