import type { Quote, QuoteDate } from '../../types';
import { statementDate } from './statement-date';
import { splitSentences, type Sentence } from '../sentences';
import { escapeRegExp } from '../../regexp';
import { PART_OF_DAY, WEEKDAY } from '../time-words';
import { formsOf, SPEECH_VERB_RE } from '../verbs';
import { DATES } from '../tuning';
import { SceneDates, type Scene } from './scenes';

// Two ways an undated quote still has a date in the text.
//
// The news day: a story published in the small hours or the morning about what happened the day
// before says so once, in its lead ("testified Tuesday", "won 112-107 on Tuesday night"), and the
// quotes that follow were said then, not on the publication day. Used only when the lead's day is
// exactly the day before publication and the page was stamped before 13:00 its own time: later in
// the day, a story is about the day itself, as it is when the lead names the publication day
// before it names the day before.
//
// The same speaker, a few paragraphs on: '“…,” Maley said on CNBC on Monday.' followed by
// '“…,” Maley said.' is the same interview, so the second quote takes the first one's date.

/** A day the lead may give its news ("Tuesday night", "yesterday"). */
const NEWS_DAY_WORDS = new RegExp(`\\b(${WEEKDAY}|yesterday|last night|overnight)\\b(\\s+(?:${PART_OF_DAY}))?`, 'gi');
/** A word every NEWS_DAY_WORDS match holds ("Monday", "yesterday", "overnight"): a paragraph
 * without one is not scanned. */
const NEWS_DAY_HINT = /day|night/i;
const NOT_THE_EVENT =
  /\b(last|next|this|since|until|by|every|each|from|through|on or before|before|after|following|starting|beginning)\s+$/i;

/** "a case study published Monday in the journal BMJ", "legislation published yesterday": the day
 * of a document, not of the story's news. The story quotes other occasions: the two such leads in
 * the corpora, a CNN health feature and an Independent politics story, go on to a doctor's
 * interview and to the Commons debate of the publication day. */
const PUBLISHED_ON = /\b(?:published|released)\s+(?:on\s+)?$/i;

const REPORTED_BY_SOURCE = new RegExp(
  `,\\s+(?:the\\s+)?[^,.;]{0,${DATES.sourceMaxLength}}?\\s(?:${formsOf('said says announced reported stated confirmed')})(?:\\s+in\\s+a\\s+\\w+)?\\.?\\s*$`,
);

export interface NewsDay {
  date: string;
  text: string;
  /** The lead's day is of a statement ("Austria's interior minister said on Tuesday"). */
  spoken?: boolean;
}

export function newsDay(paragraphs: string[], published: string | null, ref: Date): NewsDay | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):\d{2}/.exec(published ?? '');
  if (!m || +m[2] >= DATES.newsDayBeforeHour) return null;
  const day = m[1];
  const dayBefore = new Date(Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10)) - 86400000)
    .toISOString()
    .slice(0, 10);
  for (const p of leadParagraphs(paragraphs)) {
    if (!NEWS_DAY_HINT.test(p)) continue;
    NEWS_DAY_WORDS.lastIndex = 0;
    let w: RegExpExecArray | null;
    let sentences: Sentence[] | null = null;
    while ((w = NEWS_DAY_WORDS.exec(p))) {
      const before = p.slice(Math.max(0, w.index - DATES.notTheEventLookback), w.index);
      if (NOT_THE_EVENT.test(before) || PUBLISHED_ON.test(before)) continue;
      // "X pleaded guilty Monday, prosecutors said": the day of what was reported, not of a
      // statement; the sources' words carry no day of their own
      sentences ??= splitSentences(p);
      const sentence = sentences.find((x) => x.start <= w!.index && w!.index < x.end);
      if (sentence && REPORTED_BY_SOURCE.test(p.slice(w.index, sentence.end))) continue;
      const found = statementDate(w[0], ref);
      if (!found) continue;
      if (found.date === dayBefore) {
        const said = sentence ? p.slice(sentence.start, sentence.end) : p;
        SPEECH_VERB_RE.lastIndex = 0;
        return { date: found.date, text: w[0], spoken: SPEECH_VERB_RE.test(said) };
      }
      // "was accused Wednesday of …" on a Wednesday: the lead's news is the publication day's
      if (found.date === day) return null;
    }
  }
  return null;
}

/** The first three paragraphs of at least 15 words. */
function leadParagraphs(paragraphs: string[]): string[] {
  const lead: string[] = [];
  for (const p of paragraphs) {
    if (lead.length === DATES.leadParagraphs) break;
    if (p.split(/\s+/).length >= DATES.leadMinWords) lead.push(p);
  }
  return lead;
}

/** A statement made through a channel of its own, undated: "said in the campaign's public service
 * announcement", "wrote in a post". (Not a statement, an interview or a video: in the dev set those
 * were as often given at the occasion dated before, an opening statement at the hearing, a video
 * package in the episode.) */
const OWN_CHANNEL = 'announcement|advertisement|ad|post|tweet|podcast|blog|essay|op-ed|column';
const OWN_OCCASION = new RegExp(
  `\\b(?:in|on|during|via)\\s+(?:a|an|the|his|her|its|their)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(?:${OWN_CHANNEL})\\b`,
  'iu',
);
/** What every OWN_OCCASION match ends with, the channel's word after a space: most quotes'
 * sentences have none, and the pattern, tried at every word of the sentence, is not run there. */
const OWN_CHANNEL_WORD = new RegExp(`\\s(?:${OWN_CHANNEL})\\b`, 'iu');
const ownOccasion = (sentence: string) => OWN_CHANNEL_WORD.test(sentence) && OWN_OCCASION.test(sentence);

/** "Taylor wrote", "the doctors stated": words of a document, which the story quotes on and off at
 * any length once it has dated it ("wrote Martin Taylor … in a case study published Monday"). */
const WRITTEN = /\b(?:wrote|writes|stated)\b/i;

/** A sentence with its quotations blanked, one left open to the end of it too. */
const unquoted = (sentence: string) => sentence.replace(/[“"][^”"]*(?:[”"]|$)/g, ' ');

/** "said in a statement", "comments Johnston in a statement": a statement the story brings in. */
const A_STATEMENT = /\b(?:in|via|through)\s+a\s+(?:[\p{L}'’-]+\s+){0,2}?(?:statement|news release|press release)\b/iu;

/** "Patrick has said he will …", "the actor previously said on DWTS": words said over time or on
 * some earlier occasion, not at the one the story dated before; the publication date stands. (In
 * the dev set every quote so attributed, six on five sites, is gold-dated by publication, or by a
 * month the text never gives.) */
const NO_ONE_OCCASION =
  /\b(?:has|have)\s+(?:[a-z]+ly\s+)?(?:said|says|argued|maintained|insisted|claimed|told|stated|warned|written)\b|\bpreviously\s+(?:said|told|stated|wrote)\b/i;

/** "…, according to the Sioux Falls Argus Leader.": an account the story passes on, from a report
 * or a source, with no word of anyone saying it; it was not given at the lead's news. */
const ACCOUNT_ONLY = /\baccording to\b/i;
const SAYING_VERB = new RegExp(SPEECH_VERB_RE.source, 'i');
const isAccountOnly = (sentence: string) => {
  const words = unquoted(sentence);
  return ACCOUNT_ONLY.test(words) && !SAYING_VERB.test(words.replace(/\baccording to\b/gi, ' '));
};

/** Gives undated quotes (dated by publication) the date of the same speaker's last dated quote
 * within `reach` paragraphs, else of the sentence that brought the speaker in, else of the scene
 * the story is telling, else the news day. */
export function carryDates(
  quotes: Quote[],
  newsOf: () => NewsDay | null,
  context?: (q: Quote) => NewsDay | null,
  scenes: Scene[] = [],
  reach: number = DATES.carryReach,
): void {
  const lastDated = new Map<string, Quote>();
  const inScene = new SceneDates(scenes, quotes, reach);
  // "Tottenham said in a statement:" is an occasion of its own, undated, unless the lead's news is
  // a statement ("the interior minister said on Tuesday", and then "the ministry said in a statement")
  // (the lead is read for its news day only when a quote falls back on it: most articles' quotes
  // are dated before that, and an article with no quote never is)
  let read = false;
  let news: NewsDay | null = null;
  const newsDate = (q: Quote): QuoteDate | null => {
    if (!read) [read, news] = [true, newsOf()];
    return news && (news.spoken || !A_STATEMENT.test(unquoted(q.sentence))) && !isAccountOnly(q.sentence)
      ? { iso: news.date, source: 'text', words: news.text }
      : null;
  };
  // the same speaker's date a few paragraphs before, else the sentence that brought them in
  const carried = (prev: Quote | undefined, q: Quote): QuoteDate | null => {
    if (prev?.date && (q.anchor.paragraph - prev.anchor.paragraph <= reach || WRITTEN.test(unquoted(q.sentence))))
      return { iso: prev.date.iso, source: 'text', words: prev.date.words };
    const brought = context?.(q);
    return brought ? { iso: brought.date, source: 'text', words: brought.text } : null;
  };
  let before: Quote | undefined;
  for (const q of quotes) {
    const who = q.speaker.name?.toLowerCase();
    const previous = before;
    before = q;
    // a quotation going on from the one before, nothing around it ('"…," Taylor wrote.' and then a
    // paragraph of his words alone): said when that was, however far the last dated quote
    if (
      q.date?.source === 'published' &&
      !q.date.words &&
      previous?.date &&
      who &&
      previous.speaker.name?.toLowerCase() === who &&
      !/[\p{L}\p{N}]/u.test(unquoted(q.sentence))
    ) {
      q.date = { ...previous.date };
      continue;
    }
    if (q.date?.source === 'text') {
      if (who) lastDated.set(who, q);
      inScene.place(who, q);
      continue;
    }
    if (q.date?.source !== 'published') continue;
    if (q.date.words) {
      inScene.place(who, q); // "last week": the text's own time, not a day
      continue;
    }
    if (NO_ONE_OCCASION.test(unquoted(q.sentence))) continue;
    if (who && ownOccasion(q.sentence)) {
      // "Noem said in the campaign's public service announcement": another occasion than the
      // interview dated before, undated, and the quotes that follow may be from it
      lastDated.delete(who);
      continue;
    }
    const dated = carried(who ? lastDated.get(who) : undefined, q) ?? inScene.dateOf(who, q) ?? newsDate(q);
    if (dated) q.date = dated;
  }
}

/**
 * The date of the sentence just before a quote that brings its speaker in: "In December 2015, …
 * Trump released a letter from his physician Dr. Harold Bornstein." followed by '“…,” Bornstein
 * wrote.' The sentence must name the speaker outside quotation marks and date itself.
 */
const SAYING =
  /\b(letter|statement|interview|announced|announcement|released|wrote|posted|tweeted|testified|acknowledged)\b/i;

export function speakerContext(
  paragraphs: string[],
  quotes: Quote[],
  ref: Date,
  updated: string | null,
): (q: Quote) => NewsDay | null {
  const quoted = new Set(quotes.map((q) => q.sentence.trim()));
  // the sentences of the quotes in each paragraph, gathered once: looking them up by filtering
  // every quote of the article, for every sentence tried, grew with the square of the quotes
  const sentencesIn = new Map<number, string[]>();
  for (const q of quotes) {
    const list = sentencesIn.get(q.anchor.paragraph);
    if (list) list.push(q.sentence);
    else sentencesIn.set(q.anchor.paragraph, [q.sentence]);
  }
  const ownSentences = (pi: number) => [...(sentencesIn.get(pi) ?? []), ...(sentencesIn.get(pi - 1) ?? [])];
  // made once, not for every quote: many quotes share a speaker, a paragraph, a sentence
  const mentionsOf = new Map<string, RegExp>();
  // each text's sentences, last first, with their quotations blanked: the same paragraph is read
  // for every quote in it and the one after it
  const sentencesOf = new Map<string, { s: Sentence; words: string }[]>();
  return (q) => {
    const name = q.speaker.name;
    if (!name) return null;
    const key = name
      .split(/\s+/)
      .at(-1)!
      .replace(/['’]s$/, '');
    if (key.length < 3) return null;
    const pi = q.anchor.paragraph;
    const here = paragraphs[pi] ?? '';
    const sentenceStart = here.indexOf(q.sentence);
    const before = [paragraphs[pi - 1] ?? '', sentenceStart > 0 ? here.slice(0, sentenceStart) : ''];
    let mentions = mentionsOf.get(key);
    if (!mentions) mentionsOf.set(key, (mentions = new RegExp(`\\b${escapeRegExp(key)}\\b`)));
    for (const text of before.reverse()) {
      // (a text that never gives the name has no sentence that does: it is not split; the key
      // holds no space, so blanking its quotations never makes one)
      if (!text.includes(key)) continue;
      let sentences = sentencesOf.get(text);
      if (!sentences)
        sentencesOf.set(
          text,
          (sentences = splitSentences(text)
            .reverse()
            .map((s) => ({ s, words: text.slice(s.start, s.end).replace(/[“"][^”"]*[”"]/g, ' ') }))),
        );
      for (const { s, words } of sentences) {
        // (the name's literal first: the word-bounded pattern, tried on every sentence, cost more)
        if (!words.includes(key) || !mentions.test(words)) continue;
        // a quote's own sentence was dated with it (split in other places when a quotation holds a
        // full stop: 'Bigger than just the little deal" announced in October, said Derek Scissors')
        const own = text.slice(s.start, s.end).trim();
        if (quoted.has(own) || ownSentences(pi).some((x) => x.includes(own))) break;
        if (!SAYING.test(words)) break; // a sentence about something else the speaker did
        const found = statementDate(words, ref, updated);
        if (found) return { date: found.date, text: found.text };
        break; // the nearest sentence about the speaker decides
      }
    }
    return null;
  };
}
