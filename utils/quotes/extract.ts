import type { AnalyzeOptions, PageMetadata, Quote, QuoteDate, QuoteKind, Speaker } from '../types';
import { isoDay } from '../metadata/dates';
import { findQuoteSpans, maskQuotes, type QuoteSpan } from './quote-marks';
import { splitSentences, type Sentence } from './sentences';
import { findAttributions, type Attribution } from './attribution';
import { speechVerb } from './verbs';
import { forgetStatementDates, referenceDate, statementDate, updatedDay } from './dates/statement-date';
import {
  AT_A_HEARING,
  datedOccasions,
  DOCUMENT_SUBJECT,
  OCCASION_REFERENCE,
  SCENE_KINDS,
  WRITTEN_SOURCE,
} from './dates/occasions';
import { carryDates, newsDay, speakerContext } from './dates/event-day';
import { trailingDay } from './dates/trailing-day';
import { forgetReadMentions } from './names';
import { forgetCapitals } from './matches';
import { Speakers } from './speakers/resolve';
import { Discourse } from './discourse';
import { kindOf } from './span-shape';
import { mixedClause } from './mixed-clause';
import { beforeJoint } from './joint';
import { creditQuotation } from './rules';
import type { SpanContext } from './rules/types';
import { rejectedBy } from './filters';
import { DATES, QUOTATIONS, REPORTS } from './tuning';
import { drain } from '../stages';

// Every quote of the main body, with its speaker resolved to a full name and its statement dated.
// Paragraph by paragraph: quotation-mark spans first, then sentences of the masked text, then the
// attribution in each sentence; a quote with no attribution of its own continues the last
// speaker when it stands alone (a floating quote paragraph) and is dropped otherwise (scare quotes).

export function extractQuotes(paragraphs: string[], metadata: PageMetadata, options: AnalyzeOptions = {}): Quote[] {
  return drain(extractQuotesSteps(paragraphs, metadata, options));
}

/** The same, yielding where the analysis may pause: after the paragraphs are read for their
 * quotations, and after each paragraph (the article's names are read in the first paragraph that
 * credits a speaker). */
export function* extractQuotesSteps(
  paragraphs: string[],
  metadata: PageMetadata,
  options: AnalyzeOptions = {},
): Generator<void, Quote[], void> {
  // registration, coreference and the quotes themselves read each paragraph with its quotations
  // masked, sentence by sentence; find the spans, mask and split once
  forgetReadMentions();
  forgetCapitals();
  forgetStatementDates();
  const readings = paragraphs.map((p) => readParagraph(p));
  const speakers = new Speakers(
    paragraphs,
    readings.map((r) => r.masked),
    readings.map((r) => r.sentences),
  );
  yield;
  const publishedDay = isoDay(metadata.published);
  const ref = referenceDate(publishedDay, options.now ?? new Date());
  const discourse = new Discourse(ref, updatedDay(publishedDay, metadata.modified), publishedDay);
  const quotes: Quote[] = [];
  for (const [pi, text] of paragraphs.entries()) {
    for (const q of paragraphQuotes(text, pi, discourse, speakers, readings[pi])) quotes.push(q);
    yield;
  }
  carryDates(
    quotes,
    () => newsDay(paragraphs, metadata.published, ref),
    speakerContext(paragraphs, quotes, ref, discourse.updated),
    discourse.scenes,
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
function paragraphQuotes(
  text: string,
  pi: number,
  discourse: Discourse,
  speakers: Speakers,
  own: ParagraphReading,
): Quote[] {
  const out: Quote[] = [];
  const continuing = discourse.continuing;
  const { spans, masked, sentences } = continuing ? readParagraph(text, true) : own;
  const chain = discourse.takeOpenChain();
  for (const o of datedOccasions(masked, discourse.ref, discourse.updated)) {
    // "last week's hearing": a time, not a day; the publication day stands for it
    const dated: QuoteDate | null = o.when
      ? { iso: o.when.date, source: 'text', words: o.when.text }
      : discourse.publishedDay
        ? { iso: discourse.publishedDay, source: 'published', words: o.words }
        : null;
    if (!dated) continue;
    discourse.dateOccasion(o.kind, dated);
    const s = SCENE_KINDS.has(o.kind) ? sentences.find((x) => x.start <= o.index && o.index < x.end) : null;
    if (s) {
      const sentence = masked.slice(s.start, s.end);
      discourse.openScene({ paragraph: pi, index: o.index, sentence, sentenceStart: s.start, date: dated });
    }
  }
  const st: ReadingState = { discourse, speakers, pi };
  for (const s of sentences) {
    const sSpans = spans.filter((sp) => sp.outerStart >= s.start && sp.outerStart < s.end);
    const attrs = findAttributions(masked, s, sSpans);
    for (const sp of sSpans) {
      const content = text.slice(sp.start, sp.end).trim();
      if (!content || !/[\p{L}\p{N}]/u.test(content)) continue;
      const c: SpanContext = {
        text,
        masked,
        pi,
        sentences,
        s,
        sp,
        content,
        words: content.split(/\s+/).length,
        attr: nearestAttribution(attrs, sp),
        attrs,
        continuing,
        chain,
        found: out,
        discourse,
        speakers,
        dateOf: (attr) => dateFor(masked, s, attr, discourse),
      };
      const q = quotationQuote(c);
      if (!q) continue;
      out.push(q);
      if (sp.open) discourse.leaveOpen(q.speaker, q);
    }
    if (sSpans.length && chain && !chain.speaker.name && attrs.length) {
      // the speaker of a multi-paragraph quote named only at its end
      const sp = speakers.resolve(attrs[0].mention, pi, attrs[0].subjectStart);
      for (const q of chain.pending) q.speaker = sp;
    }
    for (const q of reportedSpeech(text, masked, s, attrs, sSpans, out, st)) out.push(q);
  }
  discourse.endParagraph(out, pi);
  return out;
}

/** The quote a quotation makes: not one a filter rejects, credited by the first rule that can. */
function quotationQuote(c: SpanContext): Quote | null {
  if (rejectedBy(c, 'span')) return null;
  const credit = creditQuotation(c);
  if (!credit || rejectedBy(c, 'credited')) return null;
  const { text, pi, s, sp, masked, attr } = c;
  const kind = kindOf(masked, s, sp, attr);
  const q = makeQuote(text, pi, s, sp.start, sp.end, kind, credit.speaker, credit.dated ?? c.discourse.publishedDate());
  const clause = kind === 'mixed' && attr ? mixedClause(text, masked, s, sp, attr, c.attrs) : null;
  if (clause) q.clause = clause;
  return q;
}

/** What reading one paragraph needs beyond its text. */
interface ReadingState {
  discourse: Discourse;
  speakers: Speakers;
  pi: number;
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
  st: ReadingState,
): Quote[] {
  const { pi, discourse } = st;
  const found: Quote[] = [];
  const taken = (a: number, b: number) =>
    [...out, ...found].some((q) => q.anchor.paragraph === pi && q.anchor.start < b && a < q.anchor.end);
  const sorted = [...attrs].sort((x, y) => x.verbStart - y.verbStart);
  for (const [k, attr] of sorted.entries()) {
    if (attr.contentStart == null || attr.contentEnd == null || attr.contentEnd <= attr.contentStart) continue;
    const verb = speechVerb(attr.verbBase);
    if (verb.question || (spans.length && verb.reports === 'quotation')) continue;
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
      ce = Math.min(ce, sharedSubjectReport(masked, attr, sorted.slice(k + 1), cs, ce));
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
    ce = cs + beforeJoint(masked.slice(cs, ce), REPORT_JOINT_WORD);
    while (cs < ce && /\s/.test(text[cs])) cs++;
    if (text.slice(cs, ce).split(/\s+/).length < 3 || taken(cs, ce)) continue;
    const speaker = st.speakers.resolve(attr.mention, pi, attr.subjectStart);
    found.push(
      makeQuote(
        text,
        pi,
        s,
        cs,
        ce,
        'indirect',
        speaker,
        dateFor(masked, s, attr, discourse) ?? discourse.publishedDate(),
      ),
    );
  }
  return found;
}

/**
 * Where a report ends before a second one with the same subject: "said A, but added B" is two
 * statements, each a quote of its own. The second verb must take a clause of its own; the joint
 * before it ends the first.
 */
function sharedSubjectReport(masked: string, attr: Attribution, later: Attribution[], cs: number, ce: number): number {
  const next = later.find(
    (b) =>
      b.verbStart > cs &&
      b.verbStart < ce &&
      !b.inverted &&
      (b.mention === attr.mention || b.mention.text === attr.mention.text) &&
      b.contentStart != null &&
      b.contentEnd != null &&
      b.contentEnd > b.contentStart,
  );
  if (!next) return ce;
  const joint = COORDINATED_VERB.exec(masked.slice(cs, next.verbStart));
  const words = (a: number, b: number) => masked.slice(a, b).trim().split(/\s+/).length;
  // (a noun object is no report of its own: "deny accusations of brutality and say …")
  if (
    !joint ||
    Math.min(words(cs, cs + joint.index), words(next.contentStart!, next.contentEnd!)) < REPORTS.coordinatedMinWords
  )
    return ce;
  return cs + joint.index;
}

/** The joint before a second speech verb of one subject: ", but", ", and" (", and also"). Without
 * the comma the verbs share one report ("admitted A but insisted B"), and so does a participle
 * ("A, adding B"), as the seed pages' gold has them. */
const COORDINATED_VERB = /\s*,\s*(?:and|but)\s+(?:(?:also|then|later)\s+)?$/i;

/** The joining words a report does not end with (see beforeJoint). */
const REPORT_JOINT_WORD = /\b(?:and|but|while|as|adding|saying)$/i;

const VAGUE_TIME = /\b(?:last|this|earlier this|later this)\s+(?:week|weekend|year)\b|\brecently\b/i;
/** A word every VAGUE_TIME match holds: most windows have none, and are not scanned. */
const VAGUE_TIME_WORD = /week|year|recently/i;

/** '"…Bigger than just the little deal" announced in October, said Derek Scissors': words between a
 * quotation and the attribution after it go on with the quotation's own clause, and its time ("the
 * little deal announced in October") is not when it was said. */
const QUOTATION_GOES_ON = /([”"])[^,;”"\u2591]+,\s*$/;

function dateFor(masked: string, s: Sentence, a: Attribution, st: Discourse): QuoteDate | null {
  // the words around the attribution: the sentence's opening adverbial, the subject, the verb and
  // what follows it up to the reported clause ("told PBS television on Friday that …")
  let end = a.contentStart != null && !a.inverted ? a.contentStart : Math.min(s.end, a.verbEnd + DATES.windowAfterVerb);
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
  const window = (
    masked.slice(from, a.verbStart).replace(QUOTATION_GOES_ON, '$1') +
    masked.slice(a.verbStart, Math.max(a.verbEnd, end))
  ).replace(/\u2591+/g, ' ');
  const found = statementDate(window, st.ref, st.updated) ?? trailingDay(masked.slice(end, s.end), st);
  // "stated in the letter": the letter dated earlier ("In a Nov. 5 letter, …")
  const written = WRITTEN_SOURCE.exec(window);
  if (found) {
    const dated: QuoteDate = { iso: found.date, source: 'text', words: found.text };
    if (written) st.dateOccasion(written[2].toLowerCase(), dated);
    return dated;
  }
  // "Then, last week, Swift posted …": the text gives a time, just not a day; the publication
  // date stands, and no other quote's day is carried onto it
  const vague = st.publishedDay && VAGUE_TIME_WORD.test(window) ? VAGUE_TIME.exec(window) : null;
  if (vague && st.publishedDay) return { iso: st.publishedDay, source: 'published', words: vague[0] };
  // "During the call, he … said": the call dated before ("the March 21 call")
  // ("says the letter signed by seven physicians": the letter dated before speaks)
  const occasion =
    written && /^(the|that|this|its|their|his|her)$/i.test(written[1])
      ? written[2]
      : (OCCASION_REFERENCE.exec(window)?.[1] ?? DOCUMENT_SUBJECT.exec(a.mention.text.trim())?.[1]);
  if (occasion) return st.occasionDate(occasion.toLowerCase());
  // "Vindman told lawmakers …" in a story that dated "the testimony Tuesday"
  const saying = masked.slice(a.verbStart, a.verbEnd + DATES.hearingWindow);
  return AT_A_HEARING.test(saying)
    ? (st.occasionDate('testimony') ?? st.occasionDate('hearing') ?? st.occasionDate('trial'))
    : null;
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

function makeQuote(
  text: string,
  pi: number,
  s: Sentence,
  start: number,
  end: number,
  kind: QuoteKind,
  speaker: Speaker,
  date: QuoteDate | null,
): Quote {
  const exact = text.slice(start, end);
  return {
    id: '',
    text: exact,
    kind,
    speaker,
    date,
    sentence: text.slice(s.start, s.end),
    anchor: {
      paragraph: pi,
      start,
      end,
      exact,
      prefix: text.slice(Math.max(0, start - QUOTATIONS.anchorContext), start),
      suffix: text.slice(end, end + QUOTATIONS.anchorContext),
    },
  };
}

export { readMention } from './names';
