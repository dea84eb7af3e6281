import type { AnalyzeOptions, PageMetadata, Quote, QuoteKind, Speaker } from '../types';
import { isoDay } from '../metadata/dates';
import { bmpCharTest, isJsSpaceCode } from '../chars';
import { findQuoteSpans, MASK, maskQuotes, type QuoteSpan } from './quote-marks';
import { NOT_NAME, ROLE_NOUNS } from './roles';
import { splitSentences, type Sentence } from './sentences';
import { findAttributions, type Attribution } from './attribution';
import { NEEDS_DIRECT } from './speech-verbs';
import { readMention, SpeakerRegistry, type Entity, type Mention } from './names';
import { referenceDate, statementDate, updatedDay } from './statement-date';
import { AT_A_HEARING, datedOccasions, OCCASION_REFERENCE, WRITTEN_SOURCE } from './occasions';
import { ArticleNames } from './group-names';
import { registerNames } from './register-names';
import { carryDates, newsDay, speakerContext } from './event-day';
import { Coref } from './coref';

// Every quote of the main body, with its speaker resolved to a full name and its statement dated.
// Paragraph by paragraph: quotation-mark spans first, then sentences of the masked text, then the
// attribution in each sentence; a quote with no attribution of its own continues the last
// speaker when it stands alone (a floating quote paragraph) and is dropped otherwise (scare quotes).

const TITLE_CUE =
  /\b(so-called|dubbed|titled|entitled|named|nicknamed|known as|the term|the word|the words|the phrase|the slogan|the hashtag|the headline|(?:film|book|song|album|show|series|movie|novel|play|podcast|documentary|article|column|essay|report|poem|exhibition|campaign|program|programme|operation|hit|single|track|musical|opera|episode)(?:\s+(?:called|titled))?)\s*[,:]?\s*$/i;

interface State {
  /** The paragraph being read. */
  paragraph: number;
  registry: SpeakerRegistry;
  coref: Coref;
  ref: Date;
  /** The names the article gives groups and organisations, for fuller names. */
  names: ArticleNames;
  /** The dates of letters and statements the article has dated, by kind ("letter"). */
  documents: Map<string, Dated>;
  /** The day of a later update (see statementDate). */
  updated: string | null;
  publishedDay: string | null;
  lastQuote: Quote | null;
  lastQuoteParagraph: number;
  /** The speaker and date of a quote still open at the end of the previous paragraph. */
  openChain: {
    speaker: Speaker;
    date: string | null;
    dateSource: Quote['dateSource'];
    dateText: string | null;
    pending: Quote[];
  } | null;
}

export function extractQuotes(paragraphs: string[], metadata: PageMetadata, options: AnalyzeOptions = {}): Quote[] {
  const registry = new SpeakerRegistry();
  // registration, coreference and the quotes themselves read each paragraph with its quotations
  // masked, sentence by sentence; find the spans, mask and split once
  const readings = paragraphs.map((p) => readParagraph(p));
  const masked = readings.map((r) => r.masked);
  const sentences = readings.map((r) => r.sentences);
  registerNames(paragraphs, registry, masked);
  const publishedDay = isoDay(metadata.published);
  const st: State = {
    paragraph: 0,
    registry,
    coref: new Coref(paragraphs, registry, masked, sentences),
    ref: referenceDate(publishedDay, options.now ?? new Date()),
    updated: updatedDay(publishedDay, metadata.modified),
    documents: new Map(),
    names: new ArticleNames(paragraphs),
    publishedDay,
    lastQuote: null,
    lastQuoteParagraph: -9,
    openChain: null,
  };
  const quotes: Quote[] = [];
  paragraphs.forEach((text, pi) => {
    st.paragraph = pi;
    for (const q of paragraphQuotes(text, pi, st, readings[pi])) quotes.push(q);
  });
  carryDates(
    quotes,
    newsDay(paragraphs, metadata.published, st.ref),
    speakerContext(paragraphs, quotes, st.ref, st.updated),
  );
  quotes.forEach((q, i) => (q.id = `q${i + 1}`));
  return quotes;
}

/** A paragraph read on its own: its quotation spans, its text with them masked, and the sentences
 * of that. */
interface ParagraphReading {
  spans: QuoteSpan[];
  masked: string;
  sentences: Sentence[];
}

/** `continuing`: the paragraph goes on with a quotation left open in the one before. */
function readParagraph(text: string, continuing = false): ParagraphReading {
  const spans = findQuoteSpans(text, continuing);
  const masked = maskQuotes(text, spans);
  return { spans, masked, sentences: splitSentences(masked) };
}

/** `own`: the paragraph read on its own, which holds unless it goes on with a quotation left open
 * before. */
function paragraphQuotes(text: string, pi: number, st: State, own: ParagraphReading): Quote[] {
  const out: Quote[] = [];
  const continuing = !!st.openChain;
  const { spans, masked, sentences } = continuing ? readParagraph(text, true) : own;
  const chain = st.openChain;
  st.openChain = null;
  for (const [kind, when] of datedOccasions(masked, st.ref, st.updated))
    st.documents.set(kind, { date: when.date, dateSource: 'text', dateText: when.text });

  let introduced: Entity | null;
  for (const s of sentences) {
    const sSpans = spans.filter((sp) => sp.outerStart >= s.start && sp.outerStart < s.end);
    const attrs = findAttributions(masked, s, sSpans);
    if (sSpans.length) {
      for (const sp of sSpans) {
        const content = text.slice(sp.start, sp.end).trim();
        if (!content || !/[\p{L}\p{N}]/u.test(content)) continue;
        const attr = nearestAttribution(attrs, sp);
        const wordsIn = content.split(/\s+/).length;
        if (TITLE_CUE.test(text.slice(Math.max(s.start, sp.outerStart - 40), sp.outerStart))) continue;
        let speaker: Speaker | null;
        let dated: Dated | null;
        if (attr) {
          speaker = resolve(attr.mention, st, pi, attr.subjectStart);
          dated = dateFor(masked, s, attr, st);
        } else if ((sp.continued || (continuing && sp.outerStart === 0)) && chain) {
          speaker = chain.speaker;
          dated = { date: chain.date, dateSource: chain.dateSource, dateText: chain.dateText };
        } else if (
          (colonLed(masked, s, sp) || isFloating(masked, s, sp)) &&
          (introduced = personOpening(masked, sentences, s, st, true)) &&
          colonLed(masked, s, sp)
        ) {
          // 'Smith agreed: “It’s a different job altogether.”': the clause before the colon names the speaker
          speaker = resolve({ text: introduced.name, kind: 'name', name: introduced.name, role: null }, st, pi);
          dated = publishedDate(st);
        } else if ((isFloating(masked, s, sp) || colonLed(masked, s, sp)) && wordsIn >= 2 && out.length) {
          // '“A,” Lopez said. “B.”': the second sentence goes on in the same voice
          const prev = out.at(-1)!;
          speaker = prev.speaker;
          dated = { date: prev.date, dateSource: prev.dateSource, dateText: prev.dateText };
        } else if (
          isFloating(masked, s, sp) &&
          wordsIn >= 4 &&
          (introduced = personOpening(masked, sentences, s, st))
        ) {
          // 'Her son, filmmaker Charlie McDowell, remembers it as a trying time. “If your mom …”'
          speaker = resolve({ text: introduced.name, kind: 'name', name: introduced.name, role: null }, st, pi);
          dated = publishedDate(st);
        } else if (isFloating(masked, s, sp) && wordsIn >= 4 && st.lastQuote && pi - st.lastQuoteParagraph <= 2) {
          speaker = st.lastQuote.speaker;
          dated = { date: st.lastQuote.date, dateSource: st.lastQuote.dateSource, dateText: st.lastQuote.dateText };
        } else if (isFloating(masked, s, sp) && wordsIn >= 8) {
          speaker = { name: null, role: null, mention: null };
          dated = publishedDate(st);
        } else continue; // scare quotes, terms, titles
        // a short quotation counts only as a whole sentence of speech going on from the one before
        if (
          wordsIn <= 3 &&
          !attr &&
          !sp.continued &&
          !(out.length && isFloating(masked, s, sp) && /[.!?]$/.test(content))
        )
          continue;
        if (/^[\p{Lu}][\p{L}'’]*(\s+[\p{Lu}][\p{L}'’]*){0,6}$/u.test(content) && !attr && wordsIn <= 7) continue; // a title in title case
        // a name in title case inside a reported clause ("the show “Trading Nation”", "known as the “Three Amigos.”") is a title, not words said
        if (
          attr &&
          /^[\p{Lu}][\p{L}'’]*(\s+[\p{Lu}][\p{L}'’]*){1,4}[.,]?$/u.test(content) &&
          kindOf(masked, s, sp, attr) === 'mixed'
        )
          continue;
        const q = makeQuote(
          text,
          pi,
          s,
          sp.start,
          sp.end,
          kindOf(masked, s, sp, attr),
          speaker,
          dated ?? publishedDate(st),
        );
        out.push(q);
        if (sp.open)
          st.openChain = { speaker, date: q.date, dateSource: q.dateSource, dateText: q.dateText, pending: [] };
      }
      if (chain && !chain.speaker.name && attrs.length) {
        // the speaker of a multi-paragraph quote named only at its end
        const sp = resolve(attrs[0].mention, st, pi, attrs[0].subjectStart);
        for (const q of chain.pending) q.speaker = sp;
      }
    }
    for (const q of reportedSpeech(text, masked, s, attrs, sSpans, out, st, pi)) out.push(q);
  }
  if (out.length) {
    st.lastQuote = out.at(-1)!;
    st.lastQuoteParagraph = pi;
  }
  if (st.openChain && !st.openChain.speaker.name) st.openChain.pending.push(...out);
  return out;
}

interface Dated {
  date: string | null;
  dateSource: Quote['dateSource'];
  dateText: string | null;
}

/**
 * Reported speech in one sentence: the clause after each speech verb ("said that …", "told
 * reporters …") or before an inverted one ("…, the minister said"), up to the next attribution or
 * the sentence end. A quotation that carries on the clause ('said it viewed the move as “another
 * measure”') makes it a mixed quote, already listed; a quotation set off by a comma ('…, and he
 * sees “…”') ends the clause before it.
 */
function reportedSpeech(
  text: string,
  masked: string,
  s: Sentence,
  attrs: Attribution[],
  spans: QuoteSpan[],
  out: Quote[],
  st: State,
  pi: number,
): Quote[] {
  const found: Quote[] = [];
  const taken = (a: number, b: number) =>
    [...out, ...found].some((q) => q.anchor.paragraph === pi && q.anchor.start < b && a < q.anchor.end);
  const sorted = [...attrs].sort((x, y) => x.verbStart - y.verbStart);
  for (const [k, attr] of sorted.entries()) {
    if (attr.contentStart == null || attr.contentEnd == null || attr.contentEnd <= attr.contentStart) continue;
    if (attr.verbBase === 'ask' || (spans.length && NEEDS_DIRECT.has(attr.verbBase))) continue;
    // "As I said earlier, …", "We've said this before": the writer's own voice is not a quote
    if (attr.mention.kind === 'pronoun' && /^(i|we)$/i.test(attr.mention.text.trim())) continue;
    let cs = attr.contentStart,
      ce = attr.contentEnd;
    if (!attr.inverted) {
      // the next attribution with a subject of its own starts a new report ("Cook said A and
      // Benioff said B"); one sharing the subject goes on with it ("admitted A but insisted B")
      const next = sorted
        .slice(k + 1)
        .find(
          (b) =>
            b.verbStart > cs &&
            b.verbStart < ce &&
            !b.inverted &&
            b.mention !== attr.mention &&
            b.mention.text !== attr.mention.text &&
            !/ing$/i.test(b.verb),
        );
      if (
        next &&
        next.subjectStart > cs &&
        /(?:[,;]|\b(?:and|but|while|whereas))\s*$/i.test(masked.slice(cs, next.subjectStart))
      )
        ce = Math.min(ce, next.subjectStart);
    }
    if (spans.some((sp) => sp.outerStart < cs && sp.outerEnd > cs)) continue;
    const inside = spans.filter((sp) => sp.outerStart >= cs && sp.outerStart < ce);
    if (inside.length) {
      if (attr.inverted) continue;
      const pre = masked.slice(cs, inside[0].outerStart);
      const cut = Math.max(pre.lastIndexOf(','), pre.lastIndexOf(';'), pre.lastIndexOf(':'), pre.lastIndexOf('\u2014'));
      if (cut < 0) continue; // the quotation continues the clause: a mixed quote
      ce = cs + cut;
    }
    const trimmed = masked.slice(cs, ce).replace(/[\s,;:\u2014-]*(?:\b(?:and|but|while|as|adding|saying)\s*)?$/i, '');
    ce = cs + trimmed.length;
    while (cs < ce && /\s/.test(text[cs])) cs++;
    if (text.slice(cs, ce).split(/\s+/).length < 3 || taken(cs, ce)) continue;
    const speaker = resolve(attr.mention, st, pi, attr.subjectStart);
    found.push(makeQuote(text, pi, s, cs, ce, 'indirect', speaker, dateFor(masked, s, attr, st) ?? publishedDate(st)));
  }
  return found;
}

function publishedDate(st: State): Dated {
  return st.publishedDay
    ? { date: st.publishedDay, dateSource: 'published', dateText: null }
    : { date: null, dateSource: null, dateText: null };
}

const VAGUE_TIME = /\b(?:last|this|earlier this|later this)\s+(?:week|weekend|year)\b|\brecently\b/i;

function dateFor(masked: string, s: Sentence, a: Attribution, st: State): Dated | null {
  // the words around the attribution: the sentence's opening adverbial, the subject, the verb and
  // what follows it up to the reported clause ("told PBS television on Friday that …")
  let end = a.contentStart != null && !a.inverted ? a.contentStart : Math.min(s.end, a.verbEnd + 60);
  // up to the reported clause ("told investors of New Media, the parent, on Oct. 31 that …"), or,
  // with no clause, to the next break
  const stop =
    a.contentStart != null && !a.inverted && a.contentStart > a.verbEnd
      ? -1
      : masked.slice(a.verbEnd, end).search(/[,;\u2591"“”]|\bthat\b|\badding\b/);
  if (stop >= 0) end = a.verbEnd + stop;
  // an inverted attribution follows its reported clause, whose own times are the event's
  // ("X pleaded guilty Monday, prosecutors said"), not when it was said
  const from = a.contentEnd != null && a.contentEnd <= a.subjectStart ? a.subjectStart : s.start;
  const window = masked.slice(from, Math.max(a.verbEnd, end)).replace(/\u2591+/g, ' ');
  const found = statementDate(window, st.ref, st.updated);
  // "stated in the letter": the letter dated earlier ("In a Nov. 5 letter, …")
  const written = WRITTEN_SOURCE.exec(window);
  if (found) {
    const dated: Dated = { date: found.date, dateSource: 'text', dateText: found.text };
    if (written) st.documents.set(written[2].toLowerCase(), dated);
    return dated;
  }
  // "Then, last week, Swift posted …": the text gives a time, just not a day; the publication
  // date stands, and no other quote's day is carried onto it
  const vague = VAGUE_TIME.exec(window);
  if (vague && st.publishedDay) return { date: st.publishedDay, dateSource: 'published', dateText: vague[0] };
  // "During the call, he … said": the call dated before ("the March 21 call")
  const occasion =
    written && /^(the|that|this|its|their|his|her)$/i.test(written[1])
      ? written[2]
      : OCCASION_REFERENCE.exec(window)?.[1];
  if (occasion) return st.documents.get(occasion.toLowerCase()) ?? null;
  // "Vindman told lawmakers …" in a story that dated "the testimony Tuesday"
  const saying = masked.slice(a.verbStart, a.verbEnd + 40);
  return AT_A_HEARING.test(saying) ? (st.documents.get('testimony') ?? st.documents.get('hearing') ?? null) : null;
}

function nearestAttribution(attrs: Attribution[], sp: QuoteSpan): Attribution | null {
  let best: Attribution | null = null;
  let bestD = Infinity;
  for (const a of attrs) {
    const d =
      a.verbStart >= sp.outerEnd
        ? a.verbStart - sp.outerEnd
        : sp.outerStart >= a.verbEnd
          ? sp.outerStart - a.verbEnd
          : 0;
    if (d < bestD) {
      best = a;
      bestD = d;
    }
  }
  return best;
}

/** The person a sentence opens with, when the sentence before `s` in the paragraph introduces one
 * as its subject (not "Steenburgen’s son", but "filmmaker Charlie McDowell"). */
function personOpening(masked: string, sentences: Sentence[], s: Sentence, st: State, own = false): Entity | null {
  const k = sentences.indexOf(s);
  if (!own && k < 1) return null;
  const prev = own
    ? masked.slice(s.start, s.end).split(':')[0]
    : masked.slice(sentences[k - 1].start, sentences[k - 1].end);
  if (!own && prev.includes(MASK)) return null;
  if (own) {
    const pronoun = /^\s*(he|she)\b/i.exec(prev)?.[1];
    if (pronoun) return st.coref.pronoun(pronoun, st.paragraph, s.start + 1);
  }
  for (const m of prev.matchAll(/[\p{Lu}][\p{L}\p{M}'’.-]*(?:\s+[\p{Lu}][\p{L}\p{M}'’.-]*)*/gu)) {
    if (m.index! > 90) break;
    if (/['’]s$/.test(m[0])) continue;
    const words = m[0].split(/\s+/).filter((w) => !NOT_NAME.has(w));
    if (!words.length) continue;
    const e = st.registry.byName(words.join(' ')) ?? st.registry.bySurname(words.at(-1)!);
    if (e && e.kind === 'person') return e;
  }
  return null;
}

/** The quotation follows a colon: 'Smith agreed: “…”', 'That led to a realization: “…”'. */
function colonLed(masked: string, s: Sentence, sp: QuoteSpan): boolean {
  let end = sp.outerStart;
  while (end > s.start && isJsSpaceCode(masked.charCodeAt(end - 1))) end--;
  return end > s.start && masked[end - 1] === ':' && !wordyLength(masked, sp.outerEnd, s.end, 0);
}

/** The quote is the whole sentence (a paragraph of quoted speech with no "he said"). */
function isFloating(masked: string, s: Sentence, sp: QuoteSpan): boolean {
  // (two halves of a surrogate pair on either side of the quotation would make one character)
  if (isLeadSurrogate(masked, sp.outerStart - 1, s.start) && isTrailSurrogate(masked, sp.outerEnd, s.end)) {
    return (
      (masked.slice(s.start, sp.outerStart) + masked.slice(sp.outerEnd, s.end)).replace(/[\s\p{P}]/gu, '').length <= 3
    );
  }
  const before = wordyLength(masked, s.start, sp.outerStart, 3);
  return before <= 3 && before + wordyLength(masked, sp.outerEnd, s.end, 3 - before) <= 3;
}

const SPACE_OR_PUNCTUATION = /^[\s\p{P}]$/u;
const isSpaceOrPunctuationBmp = bmpCharTest(SPACE_OR_PUNCTUATION);

/**
 * How many UTF-16 units of text[from, to) are neither spaces nor punctuation, which is the length
 * of that text after .replace(/[\s\p{P}]/gu, ''); counted only until it passes `limit`. (The
 * replacement built a new string for every quotation, several times over.)
 */
function wordyLength(text: string, from: number, to: number, limit: number): number {
  let n = 0;
  for (let i = from; i < to && n <= limit; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && isTrailSurrogate(text, i + 1, to)) {
      if (!SPACE_OR_PUNCTUATION.test(text.slice(i, i + 2))) n += 2;
      i++;
      continue;
    }
    if (!isSpaceOrPunctuationBmp(c)) n++;
  }
  return n;
}

function isLeadSurrogate(text: string, i: number, from: number): boolean {
  const c = i >= from ? text.charCodeAt(i) : 0;
  return c >= 0xd800 && c <= 0xdbff;
}

function isTrailSurrogate(text: string, i: number, to: number): boolean {
  const c = i < to ? text.charCodeAt(i) : 0;
  return c >= 0xdc00 && c <= 0xdfff;
}

function kindOf(masked: string, s: Sentence, sp: QuoteSpan, attr: Attribution | null): QuoteKind {
  if (!attr) return 'direct';
  const before = masked.slice(s.start, sp.outerStart).trim();
  const after = masked.slice(sp.outerEnd, s.end).trim();
  if (
    !before ||
    /[,:]$/.test(before) ||
    /\b(said|says|told|added|wrote|asked|replied|according to [^,]+,)\s*$/i.test(before)
  )
    return 'direct';
  if (/^[,.!?]?\s*$/.test(after) || /^,?\s*\S+\s+(said|says|added|wrote|told)\b|^,?\s*(said|says|added)\b/.test(after))
    return before.length < 40 && !/\bthat\b/.test(before) ? 'direct' : 'mixed';
  return 'mixed';
}

function resolve(m: Mention, st: State, pi: number, at = 0): Speaker {
  const r = st.registry;
  let e: Entity | null = null;
  const owned = /^(his|her)\s+(office|campaign|lawyer|attorney|spokesman|spokeswoman|spokesperson|team|aides?)$/i.exec(
    m.text.trim(),
  );
  if (owned) {
    // "His office said": the office of the person "his" points to
    const owner = st.coref.pronoun(/^his$/i.test(owned[1]) ? 'he' : 'she', pi, at);
    if (owner) return { name: `${owner.name}'s ${owned[2].toLowerCase()}`, role: null, mention: m.text.trim() };
  }
  if (m.kind === 'pronoun') {
    const p = m.text.trim().toLowerCase();
    if (p === 'he' || p === 'she') e = st.coref.pronoun(p, pi, at);
    if (!e && (p === 'he' || p === 'she' || p === 'i'))
      e = r.lastSpeaker?.kind === 'person' ? r.lastSpeaker : r.lastPerson;
    else if (!e) e = r.lastSpeaker;
  } else if (m.kind === 'name' && m.name) {
    const words = m.name.split(/\s+/);
    e =
      words.length === 1
        ? (r.bySurname(words[0]) ?? orgNamed(st.names.orgByFirstWord(words[0]), st, pi) ?? orgOrPerson(m.name, st, pi))
        : (r.byName(m.name) ?? r.addPerson(m.name, m.role, pi));
    if (e && !e.role && m.role) e.role = m.role;
  } else if (m.kind === 'role' && m.role) {
    // a capitalised role noun alone is a surname first ("says Doctor" for Ken Doctor)
    if (/^[\p{Lu}][\p{L}'’-]+$/u.test(m.text.trim())) e = r.bySurname(m.text.trim());
    e ??= r.byRole(m.role);
    // "the statement said": the source of the statement just quoted
    if (!e && /^(statement|release|press release|letter)$/i.test(m.role) && r.lastSpeaker?.name) e = r.lastSpeaker;
    if (
      !e &&
      /^(company|ministry|agency|department|government|administration|group|organization|organisation|team|club|league|party|police|committee|firm|bank|court|office|network|union)$/i.test(
        m.role,
      )
    ) {
      e = [...r.entities].reverse().find((x) => x.kind === 'org') ?? null;
    }
    if (!e) {
      // "a spokesperson for the British Foreign Office" speaks for the office
      const forOrg = /\bspokes(?:man|woman|person)\s+(?:for|of|at)\s+(?:the\s+)?([\p{Lu}].*)$/u.exec(m.role);
      // nobody named fits: the description itself is the best name the text gives ("one Weibo commenter")
      // ("Morrison's lawyer": a role owned by a name is a description as well)
      if (!forOrg)
        return {
          name:
            m.generic ||
            /^[\p{Lu}][\p{L}.-]*['’]s\s/u.test(m.role) ||
            !ROLE_NOUNS.has(m.role.toLowerCase().split(/\s+/).at(-1)!)
              ? describe(m.role)
              : null,
          role: m.role,
          mention: m.text.trim(),
        };
      e = r.addBody(forOrg[1], 'org', pi);
      r.lastSpeaker = e;
      return { name: e.name, role: m.role, mention: m.text.trim() };
    }
  } else if (m.name) {
    e = r.addBody(fullerName(m, st, pi), m.kind === 'group' ? 'group' : 'org', pi);
  }
  if (!e) return { name: null, role: m.role, mention: m.text.trim() };
  r.lastSpeaker = e;
  if (e.kind === 'person') r.lastPerson = e;
  return { name: e.name, role: e.role ?? m.role ?? null, mention: m.text.trim() };
}

/** The fullest name the article gives a group or organisation called by a short one. */
function fullerName(m: Mention, st: State, pi: number): string {
  const name = m.name!;
  if (m.kind === 'group' && /^[\p{L}-]+$/u.test(name))
    return st.names.modifiedGroup(name, pi) ?? st.names.namedGroup(name) ?? name;
  if (m.kind === 'org' && /^[\p{Lu}]{2,6}s?$/u.test(name)) return st.names.expandAcronym(name) ?? name;
  return name;
}

function orgNamed(name: string | null, st: State, pi: number): Entity | null {
  return name ? st.registry.addBody(name, 'org', pi) : null;
}

/** "one Weibo commenter" -> "Weibo commenter": a description as a speaker name. */
function describe(role: string): string {
  return role.replace(/^(the|a|an|one|another|some)\s+/i, '');
}

function orgOrPerson(name: string, st: State, pi: number): Entity {
  // a single capitalised word nobody was introduced by: a place speaking for a state ("Tehran"),
  // or a person named once by surname; either way the word is the best name the text gives
  const e: Entity = {
    name,
    kind: /^(Tehran|Moscow|Washington|Beijing|Kyiv|Kiev|London|Paris|Berlin|Brussels|Jerusalem|Ankara|Riyadh|Tokyo|Seoul|Pyongyang|Damascus|Baghdad|Kabul|Delhi|Islamabad|Caracas|Havana|Minsk|Warsaw|Rome|Madrid|Ottawa|Canberra)$/.test(
      name,
    )
      ? 'org'
      : 'person',
    role: null,
    first: pi,
  };
  st.registry.entities.push(e);
  return e;
}

function makeQuote(
  text: string,
  pi: number,
  s: Sentence,
  start: number,
  end: number,
  kind: QuoteKind,
  speaker: Speaker,
  d: Dated,
): Quote {
  const exact = text.slice(start, end);
  return {
    id: '',
    text: exact,
    kind,
    speaker,
    date: d.date,
    dateSource: d.dateSource,
    dateText: d.dateText,
    sentence: text.slice(s.start, s.end),
    anchor: {
      paragraph: pi,
      start,
      end,
      exact,
      prefix: text.slice(Math.max(0, start - 32), start),
      suffix: text.slice(end, end + 32),
    },
  };
}

export { readMention };
