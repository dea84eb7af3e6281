import type { PageMetadata, Quote } from '../types';
import { speakerName } from '../quote-labels';
import { linkTo } from './fragment';
import { siteHost } from '../site-host';
import { ENGLISH_MONTHS } from '../metadata/month-names';

export const CITATION_FORMATS = ['plain', 'markdown', 'apa', 'mla', 'chicago'] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

export const CITATION_FORMAT_LABELS: Record<CitationFormat, string> = {
  plain: 'Plain text',
  markdown: 'Markdown',
  apa: 'APA 7',
  mla: 'MLA 9',
  chicago: 'Chicago',
};

export interface CitationInput {
  quote: Pick<Quote, 'text' | 'kind' | 'speaker' | 'date'>;
  metadata: PageMetadata;
  /** When the reader copied it; styles print it when the page gives no date. */
  accessed: Date;
  /** A text directive (`text=…`): the citation's URL then points at the quoted words themselves. */
  fragment?: string | null;
}

/** What goes on the clipboard: `text/plain` and `text/html`. */
export interface Citation {
  text: string;
  html: string;
}

/**
 * A citation is built as a list of segments so that one description yields the plain text, the
 * Markdown and the HTML flavours, and page-derived text is escaped in exactly one place.
 */
export type Segment =
  | { kind: 'text'; value: string }
  | { kind: 'em'; value: string }
  | { kind: 'strong'; value: string }
  | { kind: 'link'; href: string; label?: string }
  | { kind: 'para' };

export const t = (value: string): Segment => ({ kind: 'text', value });
export const em = (value: string): Segment => ({ kind: 'em', value });
export const strong = (value: string): Segment => ({ kind: 'strong', value });
export const link = (href: string, label?: string): Segment => ({ kind: 'link', href, label });
export const para = (): Segment => ({ kind: 'para' });

export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export function renderText(segments: Segment[]): string {
  return segments
    .map((s) => {
      switch (s.kind) {
        case 'para':
          return '\n\n';
        case 'link':
          return s.label ?? s.href;
        default:
          return s.value;
      }
    })
    .join('')
    .trim();
}

export function renderHtml(segments: Segment[]): string {
  const paragraphs: string[] = [''];
  for (const s of segments) {
    let out = '';
    switch (s.kind) {
      case 'para':
        paragraphs.push('');
        continue;
      case 'text':
        out = escapeHtml(s.value);
        break;
      case 'em':
        out = `<i>${escapeHtml(s.value)}</i>`;
        break;
      case 'strong':
        out = `<b>${escapeHtml(s.value)}</b>`;
        break;
      case 'link':
        out = `<a href="${escapeHtml(s.href)}">${escapeHtml(s.label ?? s.href)}</a>`;
        break;
    }
    paragraphs[paragraphs.length - 1] += out;
  }
  return paragraphs
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${p}</p>`)
    .join('');
}

/** A style's segments as the clipboard takes them: plain text and HTML from the one description. */
export function citation(segments: Segment[]): Citation {
  return { text: renderText(segments), html: renderHtml(segments) };
}

/** The items of a reference's container ("*Site*, date, URL"), comma-separated. */
export function commaSeparated(items: Segment[][]): Segment[] {
  return items.flatMap((item, i) => (i > 0 ? [t(', '), ...item] : item));
}

// AP (the plain format's house style) and MLA abbreviate differently: "Sept." vs "Sept.", "Mar." vs "March".
const AP_MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

export interface DateParts {
  year: number;
  /** 0-based */
  month: number | null;
  day: number | null;
}

/** Reads the leading YYYY[-MM[-DD]] of an ISO string: the page's own local date, never shifted by time zone. */
export function parseDate(iso: string | null | undefined): DateParts | null {
  if (!iso) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) - 1 : null;
  const day = m[3] ? Number(m[3]) : null;
  if (month !== null && (month < 0 || month > 11)) return null;
  return { year, month, day: month === null ? null : day };
}

export function dateOf(d: Date): DateParts {
  return { year: d.getFullYear(), month: d.getMonth(), day: d.getDate() };
}

/** "Dec. 18, 2022" (AP style, as in the plain format's example). */
export function formatAp(d: DateParts): string {
  if (d.month === null) return String(d.year);
  const m = AP_MONTHS[d.month];
  return d.day === null ? `${m} ${d.year}` : `${m} ${d.day}, ${d.year}`;
}

/** "December 18, 2022" (Chicago, APA's retrieval date). */
export function formatLong(d: DateParts): string {
  if (d.month === null) return String(d.year);
  const m = ENGLISH_MONTHS[d.month];
  return d.day === null ? `${m} ${d.year}` : `${m} ${d.day}, ${d.year}`;
}

/** "2022, December 18" (APA reference date). */
export function formatApa(d: DateParts): string {
  if (d.month === null) return String(d.year);
  const m = ENGLISH_MONTHS[d.month];
  return d.day === null ? `${d.year}, ${m}` : `${d.year}, ${m} ${d.day}`;
}

/** "18 Dec. 2022" (MLA). */
export function formatMla(d: DateParts): string {
  if (d.month === null) return String(d.year);
  const m = MLA_MONTHS[d.month];
  return d.day === null ? `${m} ${d.year}` : `${d.day} ${m} ${d.year}`;
}

/** Only http(s) URLs become links: a page can declare `javascript:` as its canonical URL. */
export function safeUrl(...candidates: (string | null | undefined)[]): string | null {
  for (const c of candidates) {
    if (!c) continue;
    try {
      const u = new URL(c);
      if (u.protocol === 'http:' || u.protocol === 'https:') return u.href;
    } catch {
      // not a URL; try the next
    }
  }
  return null;
}

const clean = (s: string | null | undefined): string | null => {
  const v = s?.replace(/\s+/g, ' ').trim();
  return v ? v : null;
};

/**
 * The quoted words as they go between quotation marks: trailing clause punctuation belongs to the
 * surrounding sentence, and inner double quotes become single ones as every style prescribes.
 */
export function quoteBody(text: string): string {
  return (clean(text) ?? '')
    .replace(/^["“”]+|["“”]+$/g, '')
    .replace(/[,;:]+$/, '')
    .replace(/["“”]([^"“”]*)["“”]/g, "'$1'")
    .replace(/["“”]/g, "'")
    .trim();
}

/** `"Title,"` (straight quotes as in the plain example, comma inside, American style), unless the title ends in its own ? or !. */
export function quotedTitleWithComma(title: string): string {
  const inner = title.replace(/["“”]([^"“”]*)["“”]/g, "'$1'").replace(/["“”]/g, "'");
  return /[?!]$/.test(inner) ? `"${inner}"` : `"${inner},"`;
}

/** Ends a sentence-level element with a period unless it already has terminal punctuation. */
export function period(s: string): string {
  return /[.?!]$/.test(s) ? s : `${s}.`;
}

const ORG_WORDS =
  /\b(staff|editorial|editors?|desk|team|news|press|agency|reuters|afp|ap|times|post|journal|network|service|bureau|media|group|correspondents?|reporters?|wire|board|office|ministry|agence|associated)\b/i;

/** A personal name we can safely invert ("Jane Q. Doe"); organisations and acronyms are left alone. */
export function personName(author: string): { given: string[]; family: string } | null {
  if (ORG_WORDS.test(author)) return null;
  if (/[,;&]|\band\b/.test(author)) return null;
  const words = author.split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 4) return null;
  if (!words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w) && !/^\p{Lu}{2,}$/u.test(w))) return null;
  return { given: words.slice(0, -1), family: words[words.length - 1] };
}

export interface Parts {
  quote: string;
  kind: CitationInput['quote']['kind'];
  speakerName: string | null;
  speakerRole: string | null;
  quoteDate: DateParts | null;
  title: string | null;
  site: string | null;
  author: string | null;
  published: DateParts | null;
  url: string | null;
  accessed: DateParts;
}

export function parts(input: CitationInput): Parts {
  const { quote, metadata } = input;
  const site = clean(metadata.site) ?? hostOf(metadata.url);
  return {
    quote: quoteBody(quote.text),
    kind: quote.kind,
    speakerName: clean(quote.speaker.name),
    speakerRole: clean(quote.speaker.role),
    quoteDate: parseDate(quote.date?.iso),
    title: clean(metadata.title),
    site,
    author: clean(metadata.author),
    published: parseDate(metadata.published),
    url: linkOrNull(safeUrl(metadata.canonical, metadata.url), input.fragment),
    accessed: dateOf(input.accessed),
  };
}

const linkOrNull = (url: string | null, fragment: string | null | undefined) =>
  url && fragment ? linkTo(url, fragment) : url;

const hostOf = (url: string): string | null => siteHost(url) || null;

/** The article's author, unless it is the publisher itself (a wire or site byline): MLA and Chicago leave that out. */
export function ownAuthor(p: Parts): string | null {
  return p.author && p.author !== p.site ? p.author : null;
}

/** "Nasser Kanani", else the role capitalised ("The spokesman"), else null. */
export function speakerLabel(p: Parts): string | null {
  return speakerName({ name: p.speakerName, role: p.speakerRole });
}

/** `"Title"` with inner double quotes turned single. */
export function quotedTitle(title: string): string {
  return `"${title.replace(/["“”]([^"“”]*)["“”]/g, "'$1'").replace(/["“”]/g, "'")}"`;
}

const MD_SPECIAL = /([\\`*_[\]<>#|~])/g;
export const escapeMarkdown = (s: string): string => s.replace(MD_SPECIAL, '\\$1');

/** Markdown flavour: the whole citation as a block quote, page text escaped so it stays literal. */
export function renderMarkdown(segments: Segment[]): string {
  const out = segments
    .map((s) => {
      switch (s.kind) {
        case 'para':
          return '\n>\n> ';
        case 'text':
          return escapeMarkdown(s.value);
        case 'em':
          return `*${escapeMarkdown(s.value)}*`;
        case 'strong':
          return `**${escapeMarkdown(s.value)}**`;
        case 'link': {
          const href = s.href.replace(/[()\s<>]/g, (c) =>
            encodeURIComponent(c).replace('(', '%28').replace(')', '%29'),
          );
          return s.label ? `[${escapeMarkdown(s.label)}](${href})` : `<${href}>`;
        }
      }
    })
    .join('')
    .trim();
  return `> ${out}`;
}

/** The date element of a source: the published date, or "n.d." with the accessed date. */
export function publishedOrAccessed(p: Parts, fmt: (d: DateParts) => string, accessedWord = 'accessed'): string {
  return p.published ? fmt(p.published) : `n.d., ${accessedWord} ${fmt(p.accessed)}`;
}
