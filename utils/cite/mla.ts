import {
  type Citation,
  type CitationInput,
  type Parts,
  type Segment,
  citation,
  commaSeparated,
  em,
  formatMla,
  link,
  ownAuthor,
  para,
  parts,
  period,
  personName,
  speakerLabel,
  t,
} from './shared';

function shortTitle(title: string): string {
  const words = title.split(/\s+/);
  return words.length <= 4 ? title : words.slice(0, 4).join(' ');
}

function inText(p: Parts): string {
  const author = ownAuthor(p);
  if (author) return personName(author)?.family ?? author;
  if (p.title) return `"${shortTitle(p.title.replace(/"/g, "'"))}"`;
  return p.site ?? 'n.p.';
}

/**
 * MLA 9: the quote with "qtd. in", then the works-cited entry.
 *
 *   Nasser Kanani: "…" (qtd. in AFP).
 *
 *   AFP. "Iran Says Doesn't Need 'Permission' to Expand Russia Ties." *The Moscow Times*, 18 Dec. 2022, www.themoscowtimes.com/….
 *
 * No date: the date is left out and "Accessed 22 Nov. 2026." ends the entry.
 */
export function mla(input: CitationInput): Citation {
  const p = parts(input);
  const who = speakerLabel(p);
  // The sentence's period moves after the parenthetical citation.
  const q = p.quote.replace(/\.$/, '');
  const segs: Segment[] = [t(who ? `${who}: "${q}" (qtd. in ${inText(p)}).` : `"${q}" (${inText(p)}).`), para()];
  // without an author of its own (the publisher's byline) the entry starts with the title
  const author = ownAuthor(p);
  if (author) {
    const person = personName(author);
    segs.push(t(`${period(person ? `${person.family}, ${person.given.join(' ')}` : author)} `));
  }
  if (p.title) segs.push(t(`"${period(p.title.replace(/"/g, "'"))}" `));
  const container: Segment[][] = [];
  if (p.site) container.push([em(p.site)]);
  if (p.published) container.push([t(formatMla(p.published))]);
  if (p.url) container.push([link(p.url, p.url.replace(/^https?:\/\//, '').replace(/\/$/, ''))]);
  segs.push(...commaSeparated(container));
  if (container.length) segs.push(t('.'));
  if (!p.published) segs.push(t(` Accessed ${formatMla(p.accessed)}.`));
  return citation(segs);
}
