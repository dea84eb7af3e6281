import { ACCORDING_TO_RE, NEEDS_DIRECT, SPEECH_FORMS, SPEECH_VERB_RE } from './speech-verbs';
import { readMention, type Mention } from './names';
import type { Sentence } from './sentences';
import type { QuoteSpan } from './quote-marks';
import { matchesOf } from './matches';
import { isJsSpaceCode } from '../chars';

// Finds "who said" in one sentence whose quotes are masked: the speech verb, the subject before it
// ("Kanani said", "CIA chief William Burns told PBS"), after it ('," said Kanani'), or "according
// to X"; and, for reported speech, where the reported clause starts.

export interface Attribution {
  mention: Mention;
  verb: string;
  verbBase: string;
  verbStart: number;
  verbEnd: number;
  /** Where the subject phrase starts (for the date window). */
  subjectStart: number;
  /** Start/end of reported content when it is not in quotation marks. */
  contentStart: number | null;
  contentEnd: number | null;
  inverted: boolean;
}

const AUX_TAIL =
  /(?:\s+(?:has|have|had|long|twice|consistently|strongly|vehemently|categorically|emphatically|also|later|then|again|previously|recently|further|repeatedly|once|would|will|could|might|may|has also|had also|earlier|separately|publicly|privately|initially|first|often|always|never|not|just|already|still|even|quickly|simply|flatly|reportedly|allegedly|in a statement|in an interview|in a tweet|on twitter|on monday|on tuesday|on wednesday|on thursday|on friday|on saturday|on sunday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:on\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?|yesterday|today|last\s+(?:week|month|year|night)|this\s+(?:week|morning|month)))+$/i;
const PASSIVE = /\b(is|was|were|are|been|be|being|get|got|so)[\s-]+$/i;
const DETERMINER =
  /\b(the|a|an|these|those|his|her|their|its|our|such|any|no|this|that|new|similar|repeated|latest|false|unfounded)\s+$/i;
const LEADING_ADVERBIAL =
  /^(?:\s*(?:,\s*)?(?:in\s+(?:a|an|his|her|their|its)\s+(?:statement|interview|tweet|post|letter|email|speech|video|op-ed|memo|news conference|press conference|briefing|message|column|report)(?:\s+(?:on|with|to|at|from)\s+[^,]{1,40}?(?=,|\s+that\b))?|on\s+(?:twitter|x|facebook|instagram|social media|television|tv|radio)|(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?|(?:on\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?|yesterday|today|earlier|later|last\s+(?:week|month|year|night)|this\s+(?:week|month|morning)|at\s+(?:a|an|the)\s+[^,]{1,40}?(?=\s+that\b|,)|after\s+the\s+game|in\s+a\s+recent\s+\w+|repeatedly|again|also|publicly|privately|flatly|firmly|bluntly|simply|later|on\s+\w+day)\s*,?)+/i;
const RECIPIENT =
  /^\s*(?:reporters|journalists|lawmakers|legislators|senators|investigators|congress|the\s+(?:press|media|paper|newspaper|audience|crowd|court|committee|panel|jury|senate|house)|(?:him|her|them|me|us|you)|the\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}|[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|the|and)){0,5}|(?:\w+\s+){0,2}(?:television|radio|reporters|network|newspaper|magazine|outlet|channel))(?:\s+(?:television|radio|news|newspaper))?/;

// The scanners findAttributions runs from each sentence's start, made once: compiling the speech
// verb alternation anew for every sentence cost more than all the matching. (Module-level state
// is safe here: nothing findAttributions calls runs these two, and lastIndex is set before use.)
const SPEECH_VERB_SCAN = new RegExp(SPEECH_VERB_RE.source, 'gi');
const ACCORDING_TO_SCAN = new RegExp(ACCORDING_TO_RE.source, 'giu');
// ACCORDING_TO_RE is slow to run (Unicode and case-insensitive), so a sentence is first checked
// with a plain case-insensitive regex for a word that every match contains ("according", "words",
// "quoted"/"quoting", "per"). None of them has an s or a k, the only ASCII letters that /iu also
// matches with other characters (ſ, K), so a sentence without one has no match.
const ACCORDING_TO_HINT = /accord|word|quot|per/i;

export function findAttributions(masked: string, s: Sentence, spans: QuoteSpan[]): Attribution[] {
  const text = masked.slice(0, s.end);
  const out: Attribution[] = [];
  const re = SPEECH_VERB_SCAN;
  re.lastIndex = s.start;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const verb = m[0];
    const base = SPEECH_FORMS.get(verb.toLowerCase().replace(/\s+/g, ' ')) ?? '';
    const vs = m.index,
      ve = m.index + verb.length;
    const before = text.slice(s.start, vs);
    // "is said to", but not "is urging" (the progressive of a speech verb)
    if (
      /^(alleged|reported|claimed|stated|purported|announced|promised)$/i.test(verb) &&
      /\b(over|for|of|in|on|about|against|with|by|from|into|after|amid|despite)\s+$/i.test(before)
    )
      continue; // "over alleged assaults"
    // "allow leaders to claim a victory", "cannot explain why": not something said
    if (/\bto\s+$/i.test(before) && !/^(said|reported|believed|thought|known)$/i.test(verb)) continue;
    if (
      /\b(cannot|can't|can’t|could not|couldn't|couldn’t|did not|didn't|didn’t|does not|doesn't|doesn’t|do not|don't|don’t|never|would not|wouldn't|wouldn’t|won't|won’t|refused to|declined to)\s+(?:[a-z]+ly\s+)?$/i.test(
        before,
      )
    )
      continue;
    if (
      (PASSIVE.test(before) &&
        !/^(urging|saying|telling|warning|arguing|claiming|insisting|asking|calling|demanding)$/i.test(verb)) ||
      DETERMINER.test(before) ||
      /so-$/i.test(before)
    )
      continue;
    // "the United States", "Says" in a headline: speech verbs are lowercase; "the ministry's claim" is a noun
    if (/^[A-Z]/.test(verb) && before.trim()) continue;
    if (/['’]s\s+$/.test(before)) continue;
    if (/^\s+(to be|to have)\b/i.test(text.slice(ve))) continue; // "is said to be"
    if (/^(call|calls|calling|called)$/i.test(verb) && /^\s+(for|on|off|up|in|back)\b/i.test(text.slice(ve))) continue; // "called for"
    const spanAfter = spans.some((sp) => sp.outerStart >= ve && sp.outerStart < s.end);
    const spanBefore = spans.some((sp) => sp.outerEnd <= vs && sp.outerEnd > s.start);
    if (NEEDS_DIRECT.has(base) && !spanAfter && !spanBefore) continue;

    // ("…, told The Hill": after "told" comes the one told, never the speaker)
    // (and "…, saying the hostages had suffered": a participle has no subject after it)
    let attr =
      subjectBefore(text, s, vs, spans) ??
      (base === 'tell' || /ing$/i.test(verb) ? null : subjectAfter(text, s, ve, spans));
    // "Boudreau expressed confidence in the winger, saying he …": a participle speaks for the subject of its sentence
    if (!attr && /ing$/i.test(verb) && /,\s*$/.test(before)) attr = sentenceSubject(text, s, vs);
    // "Kanani called the comments “baseless” and said …": the second verb shares the subject
    const prev = out.at(-1);
    if (
      prev &&
      /\b(and|but|then|before|after)\s+(also\s+|later\s+|then\s+)?$/i.test(text.slice(prev.verbEnd, vs)) &&
      (!attr || (attr.mention.kind === 'org' && !/[A-Z]/.test(attr.mention.text.slice(1))))
    ) {
      attr = { mention: prev.mention, subjectStart: prev.subjectStart, inverted: false };
    }
    if (!attr) continue;
    if (base === 'plead' && /^\s+(not\s+)?(guilty|innocent|no contest|the fifth)\b/i.test(text.slice(ve))) continue; // a plea, not a statement
    const { mention, subjectStart, inverted } = attr;
    let contentStart: number | null = null;
    let contentEnd: number | null = null;
    if (!inverted) {
      contentStart = reportedClauseStart(text, ve, base, s.end);
      contentEnd = contentStart == null ? null : s.end;
      // "Apple has had a place in his heart since 1984, Benioff said, ever since …": an attribution
      // set off by commas reports the clause before it when that is a whole clause ("Many of the
      // prisons, Hawk Sawyer said, are aging" reports what follows)
      const comma = text.lastIndexOf(',', subjectStart);
      if (
        contentStart != null &&
        /^\s*,/.test(text.slice(ve, contentStart)) &&
        comma > s.start &&
        !text.slice(comma + 1, subjectStart).trim() &&
        !spanBefore &&
        /\b(is|was|are|were|has|have|had|will|would|can|could|should|may|might|must|do|does|did|[a-z]{3,}ed)\b/.test(
          text.slice(s.start, comma),
        )
      ) {
        contentStart = contentEnd = null;
      }
    }
    // ("Later in the day, Kurt Volker … testified before the committee": a verb that reports only
    // with a that-clause reports the clause before it only when it ends the sentence, as in
    // "…, the office announced Monday.")
    const endsSentence =
      text
        .slice(ve, s.end)
        .replace(/[.!?"”’\s]+$/, '')
        .trim()
        .split(/\s+/)
        .filter(Boolean).length <= 2;
    if ((inverted || contentStart == null) && !spanBefore && (inverted || !THAT_ONLY.has(base) || endsSentence)) {
      // "Iran will not yield, the minister said." — the content is the clause before
      const comma = text.lastIndexOf(',', subjectStart);
      // (not "In a Nov. 5 letter, the doctors pleaded …": an opening circumstance is not a report)
      const before = text.slice(s.start, comma).trim();
      const tail = text.slice(ve, s.end).replace(/,.*$/s, ''); // "…, Graham said, offering the example …", "…, Benioff said, ever since …"
      if (
        comma > s.start &&
        (inverted ||
          (base !== 'express' &&
            !text.slice(s.start, comma).includes('\u2014') &&
            !text.slice(comma + 1, subjectStart).trim() &&
            !tail.includes(',') &&
            tail.trim().split(/\s+/).length <= 10)) &&
        !(
          /^(in|on|at|during|after|before|since|by|for|with|from|as|when|while|if|although|because|following|despite|amid|under|over|according|last|earlier|later)\b/i.test(
            before,
          ) && !/[,;]/.test(before)
        ) &&
        before.split(/\s+/).length >= 4
      ) {
        contentStart = s.start;
        contentEnd = comma;
      }
    }
    // "As Dr. Sanjay Gupta noted at the time, Trump's heart disease meant …": the clause after the comma
    if (contentStart == null && !inverted && /^\W*as\s[^,]*$/i.test(text.slice(s.start, vs))) {
      const comma = text.indexOf(',', ve);
      if (comma > 0 && comma < s.end - 20) {
        contentStart = comma + 1;
        contentEnd = s.end;
      }
    }
    // a description ("the brokerage", "a deal") speaks only beside a quotation or after its report
    // ("…, the brokerage said."), never with a clause of its own ("a deal announced on Monday")
    if (
      mention.generic &&
      !spanAfter &&
      !spanBefore &&
      (/^\s*(a|an|one|another)\b/i.test(mention.text) ||
        !(contentStart === s.start && contentEnd != null && contentEnd < subjectStart))
    )
      continue;
    out.push({
      mention,
      verb,
      verbBase: base,
      verbStart: vs,
      verbEnd: ve,
      subjectStart,
      contentStart,
      contentEnd,
      inverted,
    });
  }
  const acc = ACCORDING_TO_SCAN;
  acc.lastIndex = s.start;
  const mayCite = ACCORDING_TO_HINT.test(text.slice(s.start));
  while (mayCite && (m = acc.exec(text))) {
    const after = text.slice(m.index + m[0].length, s.end);
    const phrase = subjectPhrase(after);
    const mention = readMention(phrase.np);
    if (!mention) continue;
    // the report goes on after the whole phrase ("according to a paper published in Nature on Monday, …")
    const npEnd = m.index + m[0].length + phrase.end;
    const startsSentence = !text.slice(s.start, m.index).trim();
    out.push({
      mention,
      verb: m[1],
      verbBase: 'according to',
      verbStart: m.index,
      verbEnd: npEnd,
      subjectStart: m.index,
      contentStart: startsSentence ? skipComma(text, npEnd) : s.start,
      contentEnd: startsSentence ? s.end : lastComma(text, s.start, m.index),
      inverted: !startsSentence,
    });
  }
  return out.sort((a, b) => a.verbStart - b.verbStart);
}

function subjectBefore(text: string, s: Sentence, vs: number, spans: QuoteSpan[]) {
  // the clause that ends at the verb: back to a comma, a quote, a conjunction or the sentence start
  let start = s.start;
  const lastSpanEnd = Math.max(
    ...spans.filter((sp) => sp.outerEnd <= vs && sp.outerEnd >= s.start).map((sp) => sp.outerEnd),
    -1,
  );
  if (lastSpanEnd > start) start = lastSpanEnd;
  const seg = text.slice(start, vs);
  const cut = Math.max(
    seg.lastIndexOf(','),
    seg.lastIndexOf(';'),
    seg.lastIndexOf(':'),
    seg.lastIndexOf('\u2014'),
    lastClauseBreak(seg),
  );
  let phraseStart = cut >= 0 ? start + cut + 1 : start;
  // (lowercase adverbs before the verb are not the subject either: "The company flat-out denied")
  let phrase = text
    .slice(phraseStart, vs)
    .trimEnd()
    .replace(AUX_TAIL, '')
    .replace(
      /(?:\s+(?:(?!(?:family|ally|assembly|supply|monopoly|rally|anomaly|bully|belly|folly|homily|italy)\b)[a-z]+ly|flat-out))+$/,
      '',
    )
    .replace(AUX_TAIL, '');
  if (
    /^\s+(and|but|while|as|because|when|after|before|although|though|where|whereas|that|whether)\s/i.test(
      text.slice(start + Math.max(cut, 0), start + Math.max(cut, 0) + 12),
    )
  ) {
    phrase = phrase.replace(
      /^\s*(and|but|while|as|because|when|after|before|although|though|where|whereas|that|whether)\s+/i,
      '',
    );
  }
  let mention = phrase.trim() ? readMention(phrase) : null;
  // "Omar Lamrani, a senior analyst at Stratfor, the Texas-based intelligence firm, told": the
  // description before the verb is an appositive of the name further back
  const description =
    !!mention &&
    (mention.generic ||
      (mention.kind !== 'name' &&
        mention.kind !== 'pronoun' &&
        /^(the|a|an)\s/i.test(phrase.trim()) &&
        /\s[\p{Ll}][\p{L}-]*$/u.test(phrase.trim())));
  const appositiveOnly = description && cut >= 0 && /,\s*$/.test(text.slice(start, phraseStart));
  if (!mention || (!phrase.trim() && cut >= 0) || appositiveOnly) {
    // "Willian Burnsm, director of the CIA, has expressed concern": skip the appositives (up to three)
    const inner = text.slice(start, phraseStart - 1);
    if (inner.includes(',') && (!phrase.trim() || /^(who|which)\b/.test(phrase.trim()) || !mention || appositiveOnly)) {
      const cuts = [...inner.matchAll(/[,;]/g)].map((x) => x.index!);
      for (let k = cuts.length - 1, n = 0; k >= 0 && n < 3; k--, n++) {
        const npStart = k > 0 ? cuts[k - 1] + 1 : 0;
        const np = inner.slice(npStart, cuts[k]);
        const appositive = inner.slice(cuts[k] + 1, k + 1 < cuts.length ? cuts[k + 1] : inner.length);
        if (k === cuts.length - 1 && !phrase.trim()) {
          // "the minister's spokesman, John Reed, said": the name stands in apposition to the role
          const named = readMention(appositive);
          const roleOf = readMention(np);
          // (not "…, the Texas-based intelligence organization, told": a description, not a name)
          if (
            named &&
            (named.kind === 'name' || (named.kind === 'org' && !/\s[\p{Ll}][\p{L}-]*$/u.test(appositive.trim()))) &&
            (roleOf?.kind === 'role' || roleOf?.kind === 'group' || /^\s*(the|a|an)\s/i.test(np))
          ) {
            mention = { ...named, role: named.role ?? roleOf?.role ?? null };
            phraseStart = start + cuts[k] + 1;
            break;
          }
        }
        // (also a party and state, "R-Neb.", or an age, "55")
        if (
          !/^\s*(?:(the|a|an|who|which|[a-z])|[A-Z][\w.]*\s+(chief|director|minister|spokesman|spokesperson|president|secretary)|[RDI]-[A-Z][\w.]*\s*$|\d{1,3}\s*$|[\p{Lu}][\p{L}.-]*['’]s\s+[\p{Ll}])/u.test(
            appositive,
          )
        )
          break; // (or "Carlineo’s attorney")
        // ("Jeff Sanborn, president of Chapter & Verse, a Spokane agency, said": a segment that opens
        // in lowercase is itself an appositive; the name is further back)
        if (/^\s*(?!(?:and|but|while|as|so|yet|then|when|although|though|whereas)\b)[\p{Ll}]/u.test(np) && k > 0)
          continue;
        const m2 = readMention(np);
        if (m2 && (m2.kind === 'name' || (!appositiveOnly && (m2.kind === 'org' || m2.kind === 'group')))) {
          mention = { ...m2, role: m2.role ?? cleanAppositive(appositive) };
          phraseStart = start + npStart;
          break;
        }
      }
    }
  }
  if (!mention) return null;
  return {
    mention,
    subjectStart: phraseStart + (text.slice(phraseStart).length - text.slice(phraseStart).trimStart().length),
    inverted: false,
  };
}

const CLAUSE_BREAK = /\s(and|but|while|as|because|when|after|before|although|though|where|whereas|that|whether)\s/gi;

/** Where the last conjunction of a clause is, except an "and" inside a name ("the Chinese Center
 * for Disease Control and Prevention", "Customs and Border Protection"). */
function lastClauseBreak(seg: string): number {
  let at = -1;
  for (const m of matchesOf(CLAUSE_BREAK, seg)) {
    if (
      /^and$/i.test(m[1]) &&
      /[\p{Lu}][\p{L}.'’-]*$/u.test(seg.slice(0, m.index)) &&
      /^[\p{Lu}]/u.test(seg.slice(m.index + m[0].length))
    )
      continue;
    at = m.index;
  }
  return at;
}

/** The subject a sentence opens with, past any opening circumstance: "Hours before …, Wild coach Bruce Boudreau expressed". */
function sentenceSubject(text: string, s: Sentence, limit: number) {
  const segments = text.slice(s.start, limit).split(/[,\u2014]/);
  let offset = s.start;
  for (const seg of segments) {
    const words = seg.trim().split(/\s+/);
    const lead = seg.length - seg.trimStart().length;
    // the shortest opening of up to eight words that reads as a subject and is followed by a verb
    for (let n = 1; n <= Math.min(8, words.length - 1); n++) {
      if (
        !/^(?:[a-z]+ed|[a-z]+[^s]s|has|had|is|was|are|were|will|would|can|could|gave|made|took|went|came|got|left|met|spent|sent|told|said|thought|felt|kept|held|began|became|saw|wrote|spoke|won|lost|declined|continues|did|does)$/.test(
          words[n],
        )
      )
        continue;
      const m = readMention(words.slice(0, n).join(' '));
      if (
        m &&
        !m.generic &&
        (m.kind === 'name' || m.kind === 'pronoun' || m.kind === 'org' || m.kind === 'group' || m.kind === 'role')
      ) {
        return { mention: m, subjectStart: offset + lead, inverted: false };
      }
    }
    offset += seg.length + 1;
  }
  return null;
}

function subjectAfter(text: string, s: Sentence, ve: number, spans: QuoteSpan[]) {
  // '…," said Kanani.' / '…," says the minister, adding …' — only right after a quote or a comma
  const before = text.slice(s.start, lastWordStart(text, s.start, ve)).trimEnd();
  if (
    !/[,\u2591"”’]$/.test(before) &&
    !spans.some(
      (sp) =>
        Math.abs(sp.outerEnd - (ve - (text.slice(s.start, ve).length - text.slice(s.start, ve).trimEnd().length))) < 3,
    )
  )
    return null;
  const after = text.slice(ve, s.end);
  const { np, end } = subjectPhrase(after);
  const mention = readMention(np);
  if (!mention || (mention.kind === 'group' && !/^\s*(officials|analysts|experts)/.test(np)))
    return mention ? { mention, subjectStart: ve, inverted: true } : null;
  // an appositive after an inverted name: "said Jane Doe, a spokeswoman for …"
  const rest = after.slice(end);
  const app = /^,\s*((?:the|a|an)\s[^,.;]{2,80})/.exec(rest);
  // "said another witness in the probe, former White House adviser Fiona Hill": the name after a description
  const named =
    mention.kind === 'role' ? readMention(/^,\s*([^,.;:!?\u2591]{3,80})[.,]?\s*$/.exec(rest)?.[1] ?? '') : null;
  if (named?.kind === 'name')
    return { mention: { ...named, role: named.role ?? mention.role }, subjectStart: ve, inverted: true };
  return {
    mention: app && mention.kind === 'name' ? { ...mention, role: mention.role ?? cleanAppositive(app[1]) } : mention,
    subjectStart: ve,
    inverted: true,
  };
}

/** Where the run of non-space characters that ends text[from, to) starts: what .replace(/\S+$/, '')
 * cuts off, found backwards (the regex is tried from every position of the sentence). */
function lastWordStart(text: string, from: number, to: number): number {
  let i = to;
  while (i > from && !isJsSpaceCode(text.charCodeAt(i - 1))) i--;
  return i;
}

const TITLE_ABBREVIATION =
  /\b(Rep|Sen|Gov|Dr|Mr|Mrs|Ms|Gen|Lt|Col|Sgt|Jr|Sr|Prof|Rev|Capt|Atty|Supt|Det|Adm|Cmdr|Maj|St|U\.S|U\.N|U\.K)\./g;

/**
 * The noun phrase after an inverted verb or "according to": up to the next break, past the full
 * stop of a title ("said Rep. Brian Babin"), and without a circumstance that follows it
 * ("wrote Fadem in a Tuesday research report", "according to UEFA as part of the playoffs"), and
 * where the whole phrase ends.
 */
function subjectPhrase(after: string): { np: string; end: number } {
  const shielded = after.replace(TITLE_ABBREVIATION, (m) => m.slice(0, -1) + '\u2024');
  const m = /^\s*([^,.;:!?\u2591]+)/.exec(shielded);
  // `end`: where the whole phrase stops in `after` (the shield keeps every offset)
  const np = (m?.[1] ?? '')
    .replace(
      /\s+(?:in|on|at|during|via|as|after|before|when|while|because|over|from)\s+(?:a|an|the|his|her|their|its|part|[a-z])[\s\S]*$/,
      '',
    )
    .replace(/\u2024/g, '.');
  return { np, end: m?.[0].length ?? 0 };
}

function cleanAppositive(s: string): string | null {
  const r = s
    .trim()
    .replace(/^(a|an)\s+/i, '')
    .replace(/[,\s]+$/, '');
  return r && r.split(/\s+/).length <= 14 ? r : null;
}

/** Verbs that report speech only with a that-clause: "concluded that …", not "concluded its hearing". */
const THAT_ONLY = new Set([
  'show',
  'conclude',
  'confirm',
  'reveal',
  'disclose',
  'mention',
  'predict',
  'recall',
  'observe',
  'maintain',
  'acknowledge',
  'announce',
  'state',
  'note',
  'report',
  'suggest',
  'declare',
  'testify',
  'complain',
  'boast',
  'remark',
]);

/** Where reported speech starts after the verb: past "that", past "told reporters", past "on Sunday". */
function reportedClauseStart(text: string, ve: number, base: string, end: number): number | null {
  let rest = text.slice(ve, end);
  let k = ve;
  const eat = (re: RegExp) => {
    const m = re.exec(rest);
    if (m && m.index === 0 && m[0].length) {
      k += m[0].length;
      rest = rest.slice(m[0].length);
      return true;
    }
    return false;
  };
  const expressed = base === 'express' && eat(/^\s*(?:about|over|that|at)\s+/i); // "expressed concern about growing …"
  if (base === 'plead' || base === 'beg' || base === 'implore') eat(/^\s*with\s+/i); // "pleaded with the administration to …"
  if (
    ['tell', 'ask', 'urge', 'warn', 'accuse', 'remind', 'promise', 'assure', 'inform', 'advise', 'caution'].includes(
      base,
    ) &&
    !/^\s+that\b/i.test(rest)
  ) {
    const thatAt = rest.search(/\bthat\b/);
    // (the full stop of "Oct. 31" or "U.S." does not end the recipient)
    if (
      thatAt >= 0 &&
      ((thatAt < 70 && !/[,;]/.test(rest.slice(0, thatAt))) ||
        (thatAt < 130 && !/[;.]/.test(rest.slice(0, thatAt).replace(/\b[A-Z][a-z]{0,3}\./g, ''))))
    ) {
      k += thatAt;
      rest = rest.slice(thatAt);
    } else if (base === 'tell') eat(RECIPIENT);
    else if (['remind', 'promise', 'assure', 'inform', 'advise'].includes(base)) return null; // "assured the public" with no clause
  }
  eat(LEADING_ADVERBIAL);
  // "wrote in a blog post that …", "said at a news conference in May that …"
  const later =
    /^\s*(?:in|on|at|during|after|before|to|with|via|from|through|over|under|about)\b[^,;]{0,70}?\bthat\b/i.exec(rest);
  if (later) {
    k += later[0].length;
    rest = rest.slice(later[0].length);
  }
  const that = expressed || !!later || eat(/^\s*,?\s*that\b/i) || /\bthat\s*$/i.test(text.slice(ve - 8, k));
  eat(/^\s*[,:]?\s*/);
  const words = rest.trim().split(/\s+/).filter(Boolean);
  if (words.length < 3) return null;
  // a clause opens with its subject; "said in a chat with …", "said during the segment",
  // "said, referring to …" are circumstances of the saying, not what was said
  if (
    !that &&
    /^(in|on|at|for|with|by|from|of|via|during|before|after|about|while|since|through|over|under|into|onto|upon|outside|inside|near|among|amid|despite|following|ahead|later|earlier|shortly|soon|right|just|then|afterward|afterwards|again|too|also|as well)\b/i.test(
      rest.trim(),
    )
  )
    return null;
  // "speaking of …", "referring to …" describe the saying; "meeting with him was …" is a clause
  if (
    !that &&
    /^[a-z]+ing\b/.test(rest.trim()) &&
    !['deny', 'admit', 'accuse', 'urge'].includes(base) &&
    !/^[^,;]*\b(is|was|are|were|has|had|have|will|would|can|could|should|may|might|must)\b/.test(rest)
  )
    return null;
  if (THAT_ONLY.has(base) && !that) return null;
  if (
    /^(to|about|for|if|whether)\b/i.test(rest.trim()) &&
    ['ask', 'urge', 'call', 'vow', 'promise', 'pledge', 'demand'].includes(base) === false &&
    base !== 'ask'
  ) {
    if (
      /^to\b/i.test(rest.trim()) &&
      !['urge', 'warn', 'vow', 'promise', 'pledge', 'ask', 'demand', 'tell'].includes(base)
    )
      return null;
  }
  if (/^\.\s*$/.test(rest)) return null;
  if (base === 'add' && !that && /^\d/.test(rest.trim())) return null; // "added 25 points"
  return k;
}

function skipComma(text: string, i: number): number {
  while (i < text.length && /[\s,]/.test(text[i])) i++;
  return i;
}

function lastComma(text: string, from: number, to: number): number {
  const c = text.lastIndexOf(',', to);
  return c > from ? c : to;
}
