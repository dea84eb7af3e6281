import type { QuoteAnchor, QuoteKind } from '../types';
import { LibraryError } from './errors';
import { directiveFromAnchor } from '../cite/fragment';
import { articleKey, quoteId } from './key';
import type { SavedPage, SavedQuote, SavedQuoteFields, SaveRequest } from './types';

// Records are checked field by field wherever they come from outside this module (a page's save
// message, an imported file), so what is stored always has the shape the library reads.

const KINDS: readonly QuoteKind[] = ['direct', 'indirect', 'mixed'];
/** Words longer than this are not a quote any more; 10,000-character quotes are well inside it. */
export const MAX_QUOTE_CHARS = 100_000;
export const MAX_NOTE_CHARS = 100_000;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

class Check {
  constructor(private where: string) {}
  fail(field: string, want: string): never {
    throw new LibraryError(`${this.where}: "${field}" ${want}.`, 'invalid');
  }
  obj(v: unknown, field: string): Obj {
    return isObj(v) ? v : this.fail(field, 'is missing or not an object');
  }
  str(o: Obj, field: string, path = field, max = MAX_QUOTE_CHARS): string {
    const v = o[field];
    if (typeof v !== 'string') this.fail(path, 'is missing or not text');
    if (v.length > max) this.fail(path, `is longer than ${max} characters`);
    return v;
  }
  strOrNull(o: Obj, field: string, path = field): string | null {
    const v = o[field];
    if (v === undefined || v === null) return null;
    if (typeof v !== 'string') this.fail(path, 'is not text');
    return v.length > MAX_QUOTE_CHARS ? this.fail(path, 'is too long') : v;
  }
  int(o: Obj, field: string, path = field): number {
    const v = o[field];
    return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : this.fail(path, 'is not a whole number');
  }
  isoDate(o: Obj, field: string): string {
    const v = this.str(o, field);
    return /^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v))
      ? v
      : this.fail(field, 'is not a date and time');
  }
}

function quoteFields(c: Check, o: Obj): SavedQuoteFields {
  const text = c.str(o, 'text');
  if (!text.trim()) c.fail('text', 'is empty');
  const kind = o.kind as QuoteKind;
  if (!KINDS.includes(kind)) c.fail('kind', `is not one of ${KINDS.join(', ')}`);
  const sp = c.obj(o.speaker, 'speaker');
  const a = c.obj(o.anchor, 'anchor');
  const dateSource = o.dateSource ?? null;
  if (dateSource !== null && dateSource !== 'text' && dateSource !== 'published')
    c.fail('dateSource', 'is not "text", "published" or null');
  const date = c.strOrNull(o, 'date');
  if (date !== null && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date)) c.fail('date', 'is not YYYY, YYYY-MM or YYYY-MM-DD');
  const anchor: QuoteAnchor = {
    paragraph: c.int(a, 'paragraph', 'anchor.paragraph'),
    start: c.int(a, 'start', 'anchor.start'),
    end: c.int(a, 'end', 'anchor.end'),
    exact: c.str(a, 'exact', 'anchor.exact'),
    prefix: c.str(a, 'prefix', 'anchor.prefix'),
    suffix: c.str(a, 'suffix', 'anchor.suffix'),
  };
  return {
    text,
    kind,
    clause: c.strOrNull(o, 'clause'),
    speaker: {
      name: c.strOrNull(sp, 'name', 'speaker.name'),
      role: c.strOrNull(sp, 'role', 'speaker.role'),
      mention: c.strOrNull(sp, 'mention', 'speaker.mention'),
    },
    date,
    dateSource: dateSource as SavedQuoteFields['dateSource'],
    dateText: c.strOrNull(o, 'dateText'),
    anchor,
  };
}

function page(c: Check, v: unknown): SavedPage {
  const p = c.obj(v, 'page');
  const url = c.str(p, 'url', 'page.url', 10_000);
  return {
    url,
    canonical: c.strOrNull(p, 'canonical', 'page.canonical'),
    title: c.strOrNull(p, 'title', 'page.title'),
    site: c.strOrNull(p, 'site', 'page.site'),
    author: c.strOrNull(p, 'author', 'page.author'),
    published: c.strOrNull(p, 'published', 'page.published'),
    language: c.strOrNull(p, 'language', 'page.language'),
  };
}

/** A text directive as utils/cite/fragment.ts writes them, or null. */
function fragment(c: Check, v: unknown): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string' || !/^text=[^\s#]+$/.test(v) || v.length > 20_000)
    c.fail('fragment', 'is not a text directive (text=…)');
  return v;
}

/** Tags as the library keeps them: trimmed, without a leading #, no empty ones, each once. */
export function cleanTags(list: readonly string[]): string[] {
  return [...new Set(list.map((t) => t.replace(/\s+/g, ' ').trim().replace(/^#+/, '').trim()).filter(Boolean))];
}

function tags(c: Check, v: unknown): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.some((t) => typeof t !== 'string')) c.fail('tags', 'is not a list of words');
  return cleanTags(v as string[]);
}

/** A new record for a save request, checked; `now` stamps it. */
export function recordFor(request: unknown, now: Date): SavedQuote {
  const c = new Check('The quote to save is not valid');
  const r = c.obj(request, 'request');
  const quote = quoteFields(c, c.obj(r.quote, 'quote'));
  const p = page(c, r.page);
  const key = articleKey(p);
  const at = now.toISOString();
  const note = r.note === undefined ? '' : c.str(r, 'note', 'note', MAX_NOTE_CHARS);
  return {
    ...quote,
    id: quoteId(key, quote.text),
    articleKey: key,
    page: p,
    // the page's own directive when it sent one; else one from the anchor, so every quote has a link
    fragment: fragment(c, r.fragment) ?? directiveFromAnchor(quote.anchor),
    note,
    tags: tags(c, r.tags),
    savedAt: at,
    updatedAt: at,
  };
}

/** A stored or exported record of the current schema, checked; `where` names it in the error. */
export function parseRecord(v: unknown, where: string): SavedQuote {
  const c = new Check(where);
  const o = c.obj(v, 'record');
  const quote = quoteFields(c, o);
  const p = page(c, o.page);
  const id = c.str(o, 'id');
  if (!/^q[0-9a-f]{16}$/.test(id)) c.fail('id', 'is not a Verbatim quote id');
  return {
    ...quote,
    id,
    articleKey: c.str(o, 'articleKey', 'articleKey', 10_000),
    page: p,
    fragment: fragment(c, o.fragment),
    note: c.str(o, 'note', 'note', MAX_NOTE_CHARS),
    tags: tags(c, o.tags),
    savedAt: c.isoDate(o, 'savedAt'),
    updatedAt: c.isoDate(o, 'updatedAt'),
  };
}

export type { SaveRequest };
