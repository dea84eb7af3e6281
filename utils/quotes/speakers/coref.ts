import type { Entity, RegistryView } from '../names';
import { findQuoteSpans, maskQuotes } from '../quote-marks';
import { splitSentences, type Sentence } from '../sentences';
import { HONORIFICS, NOT_NAME, ROLE_NOUNS } from '../roles';
import { matchesFromCapitalsIn } from '../matches';
import { SPEAKERS } from '../tuning';

// Who "he" and "she" are. News copy points a pronoun at the subject of a recent sentence, so each
// sentence's people are indexed (outside quotation marks, owners like "Parise’s" left out), and a
// pronoun takes the nearest subject whose gender does not contradict it. Gender comes from the
// article itself: a title (Mr., Ms.), a gendered role noun (actress, spokeswoman, father), and the
// pronouns that follow a sentence about one person. No list of first names is needed.

export type Gender = 'm' | 'f';

interface SentencePeople {
  start: number;
  end: number;
  /** People named in the sentence, in order, each with the offset of its mention; `owner` marks
   * mentions that are not a subject. */
  people: { e: Entity; at: number; owner: boolean }[];
}

// (role nouns and titles only: a pronoun inside a role phrase is someone else's, "his attorney
// Sonya Zoghlin", "charges he threatened to kill Rep. Ilhan Omar")
const FEMALE =
  /\b(mrs|ms|miss|dame|lady|queen|princess|sister|actress|spokeswoman|chairwoman|congresswoman|businesswoman|councilwoman|sportswoman|stateswoman|anchorwoman|mother|mom|wife|daughter|grandmother|aunt|niece|girlfriend|widow|granddaughter|stepmother)\b\.?/i;
const MALE =
  /\b(mr|sir|lord|king|prince|brother|spokesman|chairman|congressman|businessman|councilman|sportsman|statesman|anchorman|father|dad|husband|son|grandfather|uncle|nephew|boyfriend|widower|grandson|stepfather)\b\.?/i;
const TITLE_BEFORE = /\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady|King|Queen|Prince|Princess)\.?\s+$/;
const ROLE_BEFORE =
  /\b(actress|spokeswoman|chairwoman|congresswoman|businesswoman|councilwoman|mother|wife|daughter|sister|grandmother|widow|girlfriend|spokesman|chairman|congressman|businessman|councilman|father|husband|son|brother|grandfather|widower|boyfriend)\b[^.,;]{0,40}$/i;
// (sticky: tried only where a capital stands, see matchesFromCapitals)
const CAP_RUN =
  /[\p{Lu}][\p{L}\p{M}'’.-]*(?:\s+(?:(?:de|da|van|von|bin|al|el|la|le|du|di)\s+)?[\p{Lu}][\p{L}\p{M}'’.-]*)*/uy;

/** A name, its appositive, and nothing else before the pronoun: "Julie Graham, Washington State
 * Department of Health public information officer, ". */
const INTRODUCED_UP_TO_PRONOUN = /^[\p{Lu}][^,;:]*,\s+[^,;:.()]{3,120},\s*$/u;

export class Coref {
  private readonly paragraphs: SentencePeople[][];
  private readonly masked: string[] = [];
  readonly gender = new Map<Entity, Gender>();

  /** `maskedParagraphs`: the paragraphs with their quotations masked, and `sentences`, the sentences
   * of those, when the caller has them. */
  constructor(
    paragraphs: string[],
    private readonly registry: RegistryView,
    maskedParagraphs?: string[],
    sentences?: Sentence[][],
  ) {
    this.paragraphs = paragraphs.map((p, pi) => {
      const masked = maskedParagraphs?.[pi] ?? maskQuotes(p, findQuoteSpans(p));
      this.masked.push(masked);
      return (sentences?.[pi] ?? splitSentences(masked)).map((s) => ({
        start: s.start,
        end: s.end,
        people: this.people(masked, s.start, s.end),
      }));
    });
    this.learnGender(paragraphs);
    for (const sentences of this.paragraphs)
      for (const s of sentences) for (const x of s.people) this.mentions.set(x.e, (this.mentions.get(x.e) ?? 0) + 1);
  }

  private readonly mentions = new Map<Entity, number>();

  /** Someone the article is about: named twice, or given a role (not a name dropped in passing). */
  private salient(e: Entity): boolean {
    return (this.mentions.get(e) ?? 0) >= 2 || !!e.role;
  }

  private people(text: string, start: number, end: number): SentencePeople['people'] {
    const out: SentencePeople['people'] = [];
    const sentence = text.slice(start, end);
    for (const found of matchesFromCapitalsIn(CAP_RUN, text, start, end)) {
      const run = endAtFullStop(found[0]);
      const e = this.personOf(run);
      if (!e) continue;
      // an owner ("Parise’s goal") or the object of a preposition ("in an Oliver Sacks kind of way")
      // is not what a later pronoun points at
      const owner =
        (/['’]s?$/.test(run) && /['’]/.test(run.slice(-2))) ||
        /\b(a|an|the|of|in|to|with|by|about|for|from|at|against|than|like|into|over|under|through|via|toward|towards|between|among|without)\s+$/i.test(
          sentence.slice(Math.max(0, found.index - 10), found.index),
        );
      out.push({ e, at: start + found.index + (run.length - run.trimStart().length), owner });
    }
    return out;
  }

  /** The person a capitalised run names. The registry does not change while the sentences are
   * indexed, and an article repeats its runs ("The", "He", the names themselves), so each run is
   * looked up once per article. */
  private readonly runPerson = new Map<string, Entity | null>();

  private personOf(run: string): Entity | null {
    let e = this.runPerson.get(run);
    if (e === undefined) {
      const words = run
        .replace(/['’]s?$/, '')
        .split(/\s+/)
        .filter((w) => !NOT_NAME.has(w.replace(/\.$/, '')));
      e = words.length ? this.lookup(words) : null;
      this.runPerson.set(run, e);
    }
    return e;
  }

  private lookup(words: string[]): Entity | null {
    for (let k = 0; k < words.length; k++) {
      const e = this.registry.byName(words.slice(k).join(' '));
      if (
        e &&
        e.kind === 'person' &&
        !e.name.split(/\s+/).some((w) => HONORIFICS.test(w) || ROLE_NOUNS.has(w.toLowerCase()))
      )
        return e;
    }
    const e = this.registry.bySurname(words.at(-1)!);
    return e && e.kind === 'person' ? e : null;
  }

  private learnGender(paragraphs: string[]): void {
    const votes = new Map<Entity, number>(); // > 0 female, < 0 male
    const vote = (e: Entity, g: Gender, w = 1) => votes.set(e, (votes.get(e) ?? 0) + (g === 'f' ? w : -w));
    this.paragraphs.forEach((sentences, pi) => {
      const text = paragraphs[pi];
      sentences.forEach((s, k) => {
        // "Braun has worked with … Kanye West and Kim Kardashian … He has consistently denied …": the
        // sentence after one that opens with a person opens with that person's pronoun
        const subject = s.people[0];
        // (in this paragraph or opening the next)
        // (no pair built and taken apart for every sentence: that goes through the iterator
        // protocol, slow in the few runs a page gets)
        const inThis = k + 1 < sentences.length;
        const next = inThis ? sentences[k + 1] : this.paragraphs[pi + 1]?.[0];
        if (subject && !subject.owner && subject.at === s.start && next) {
          const nextText = this.masked[inThis ? pi : pi + 1];
          const opening = /^(He|She)\s/.exec(nextText.slice(next.start, next.start + 4))?.[1];
          if (opening) vote(subject.e, opening === 'She' ? 'f' : 'm');
        }
        for (const p of s.people) {
          const before = text.slice(Math.max(0, p.at - 60), p.at);
          const title =
            TITLE_BEFORE.exec(before)?.[1] ??
            /^(Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady)\.?\s/.exec(text.slice(p.at, p.at + 6))?.[1];
          if (title) vote(p.e, /^(Mrs|Ms|Miss|Dame|Lady|Queen|Princess)$/.test(title) ? 'f' : 'm', 3);
          // (the words after the last full stop or semicolon, as the last piece of a split there)
          const role = ROLE_BEFORE.exec(
            before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';')) + 1),
          )?.[1];
          if (role && !/['’]s\s/.test(before.slice(-30))) vote(p.e, FEMALE.test(role) ? 'f' : 'm', 2);
        }
        // a sentence about one person, and the pronouns after the name
        const e = p0(s);
        if (e == null) return;
        const tail = text.slice(s.people[0].at, s.end);
        // subject and possessive pronouns only: "him" and "her" are more often someone else
        const f = (tail.match(/\b(she|hers|herself)\b/gi) ?? []).length;
        const m = (tail.match(/\b(he|his|himself)\b/gi) ?? []).length;
        if (f && !m) vote(e, 'f');
        if (m && !f) vote(e, 'm');
      });
    });
    for (const { e, role } of this.registry.roles)
      if (role) {
        if (FEMALE.test(role) && !MALE.test(role)) vote(e, 'f', 2);
        else if (MALE.test(role) && !FEMALE.test(role)) vote(e, 'm', 2);
      }
    for (const [e, v] of votes) if (v) this.gender.set(e, v > 0 ? 'f' : 'm');
  }

  /**
   * The person "he" or "she" at offset `at` of paragraph `pi` points to: the nearest sentence
   * subject (first person named, not as an owner) before it, within three paragraphs, whose gender
   * fits; null when there is none.
   */
  pronoun(pronoun: string, pi: number, at: number): Entity | null {
    const want: Gender | null = /^(she|her)$/i.test(pronoun) ? 'f' : /^(he|him)$/i.test(pronoun) ? 'm' : null;
    const introduced = this.introducedBefore(pi, at, want);
    if (introduced) return introduced;
    // the nearest sentence's first person whose gender fits or is unknown; past the sentence
    // before, only people the article is about (not a name dropped in passing)
    let d = 0;
    for (let p = pi; p >= 0 && p >= pi - 3; p--) {
      const sentences = this.paragraphs[p] ?? [];
      for (let k = sentences.length - 1; k >= 0; k--) {
        const s = sentences[k];
        if (p === pi && s.start >= at) continue;
        // "The northern Sierra Nevada has seen little rain, he said.": what comes before the comma
        // of a postposed attribution is what was said, not who says it
        // (a postposed one ends the sentence: not "When Carlineo was approached, he told police …")
        const own =
          p === pi &&
          s.end > at &&
          /,\s*$/.test(this.masked[pi].slice(s.start, at)) &&
          this.masked[pi].slice(at, s.end).trim().split(/\s+/).length <= SPEAKERS.postposedMaxWords;
        const here = s.people.filter(
          (x) => !x.owner && !own && !(p === pi && x.at >= at) && (d <= 1 || this.salient(x.e)),
        );
        const hit = here.find((x) => !this.gender.has(x.e) || this.gender.get(x.e) === want);
        if (hit && want) return hit.e;
        if (!want && here.length) return here[0].e;
        if (s.people.length) d++; // a sentence that names nobody does not move the subject further away
      }
    }
    return null;
  }

  /**
   * "While the campaign did not appeal to Julie Graham, Washington State Department of Health
   * public information officer, she said …": a person just introduced by an appositive that runs
   * up to the pronoun is who the pronoun is, even as the object of a clause before it.
   */
  private introducedBefore(pi: number, at: number, want: Gender | null): Entity | null {
    const s = (this.paragraphs[pi] ?? []).find((x) => x.start <= at && at < x.end);
    const x = s?.people.findLast((y) => y.at < at);
    if (!x || (want && this.gender.has(x.e) && this.gender.get(x.e) !== want)) return null;
    return INTRODUCED_UP_TO_PRONOUN.test(this.masked[pi].slice(x.at, at)) ? x.e : null;
  }

  /** The masked text of the sentence before the one holding offset `at` of paragraph `pi`, or ''. */
  sentenceBefore(pi: number, at: number): string {
    const sentences = this.paragraphs[pi] ?? [];
    const k = sentences.findLastIndex((s) => s.start <= at);
    return k > 0 ? this.masked[pi].slice(sentences[k - 1].start, sentences[k - 1].end) : '';
  }

  /** The person who opens the sentence just before the one that starts at `at` in paragraph `pi`
   * (named first, as its subject), or null: "Eyamba Sowers didn't know Patrick was coming … The
   * real estate agent said …". */
  previousSubject(pi: number, at: number): Entity | null {
    const sentences = this.paragraphs[pi] ?? [];
    const k = sentences.findIndex((s) => s.start === at);
    const prev = k > 0 ? sentences[k - 1] : null;
    const subject = prev?.people[0];
    return subject && subject.at === prev.start && !subject.owner ? subject.e : null;
  }
}

/** The one person a sentence names, as its subject (not as an owner), or null. */
function p0(s: SentencePeople): Entity | null {
  const first = s.people[0];
  if (!first || first.owner) return null;
  for (let k = 1; k < s.people.length; k++) if (s.people[k].e !== first.e) return null;
  return first.e;
}

/** "Mary Steenburgen. She": a capitalised run ends at a full stop after a word (not after an initial). */
export function endAtFullStop(run: string): string {
  if (!run.includes('.')) return run; // most runs have no full stop, and the lookbehind is slow to fail
  const m = /(?<=[\p{L}]{3,})\.\s/u.exec(run);
  return m &&
    !/\b(Jr|Sr|St|Mt|Ft)$/.test(run.slice(0, m.index)) &&
    !HONORIFICS.test(/\S+$/.exec(run.slice(0, m.index))![0])
    ? run.slice(0, m.index)
    : run;
}
