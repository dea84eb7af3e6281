import {
  type Citation,
  type CitationInput,
  type Parts,
  type Segment,
  citation,
  em,
  formatApa,
  formatLong,
  link,
  para,
  parts,
  period,
  personName,
  speakerLabel,
  t,
} from './shared';

/** APA reference-list author: "Doe, J. Q." for people, organisations as written, else the site. */
function referenceAuthor(p: Parts): { name: string; isSite: boolean } | null {
  if (p.author) {
    const person = personName(p.author);
    if (!person) return { name: p.author, isSite: p.author === p.site };
    const initials = person.given.map((g) => `${g.charAt(0)}.`).join(' ');
    return { name: `${person.family}, ${initials}`, isSite: false };
  }
  return p.site ? { name: p.site, isSite: true } : null;
}

function citedAuthor(p: Parts): string {
  if (p.author) return personName(p.author)?.family ?? p.author;
  return p.site ?? (p.title ? `"${p.title}"` : 'Anonymous');
}

/**
 * APA 7: a narrative citation of the secondary source, then the reference entry.
 *
 *   Nasser Kanani (as cited in AFP, 2022): "…"
 *
 *   AFP. (2022, December 18). Iran Says Doesn't Need 'Permission' to Expand Russia Ties. *The Moscow Times*. https://…
 *
 * No author: the site is the group author (and is not repeated). No date: "(n.d.)" and "Retrieved …, from".
 */
export function apa(input: CitationInput): Citation {
  const p = parts(input);
  const year = p.published ? String(p.published.year) : 'n.d.';
  const who = speakerLabel(p);
  const segs: Segment[] = [
    t(
      who
        ? `${who} (as cited in ${citedAuthor(p)}, ${year}): "${p.quote}"`
        : `"${p.quote.replace(/\.$/, '')}" (${citedAuthor(p)}, ${year}).`,
    ),
    para(),
  ];

  const author = referenceAuthor(p);
  const date = p.published ? formatApa(p.published) : 'n.d.';
  if (author) segs.push(t(`${period(author.name)} (${date}). `));
  if (p.title) segs.push(t(`${period(p.title)} `));
  if (!author) segs.push(t(`(${date}). `));
  if (p.site && !author?.isSite) segs.push(em(p.site), t('. '));
  if (p.url) {
    if (!p.published) segs.push(t(`Retrieved ${formatLong(p.accessed)}, from `));
    segs.push(link(p.url));
  }
  return citation(segs);
}
