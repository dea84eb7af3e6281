import type { QuoteSpan } from '../quote-marks';
import type { Sentence } from '../sentences';
import { readMention, type Mention } from '../names';
import { matchesOf } from '../matches';
import { afterSpaces, isJsSpaceCode } from '../../chars';
import { MONTH_DAY, WEEKDAY } from '../time-words';
import { SUBJECTS } from '../tuning';
import { ROLE_NOUNS } from '../roles';
import { SPEECH_FORMS } from '../verbs';

// Who the subject of a speech verb is: before it ("Kanani said"), after an inverted verb
// ('…," said Kanani'), or, for a participle ("…, saying he …"), the subject its sentence opens with.

/** A speech verb's subject: the mention, where its phrase starts, and whether it follows the verb. */
export interface Subject {
  mention: Mention;
  subjectStart: number;
  inverted: boolean;
}

/** Auxiliaries, adverbs and adverbials between a subject and its verb ("has long said", "said on Monday"). */
export const AUX_TAIL = new RegExp(
  `(?:\\s+(?:has|have|had|now|long|twice|consistently|strongly|vehemently|categorically|emphatically|also|later|then|again|previously|recently|further|repeatedly|once|would|will|could|might|may|has also|had also|earlier|separately|publicly|privately|initially|first|often|always|never|not|just|already|still|even|quickly|simply|flatly|reportedly|allegedly|in a statement|in an interview|in a tweet|on twitter|on (?:${WEEKDAY})|${WEEKDAY}|(?:on\\s+)?${MONTH_DAY}(?:,\\s*\\d{4})?|yesterday|today|last\\s+(?:week|month|year|night)|this\\s+(?:week|morning|month)))+$`,
  'i',
);

/** Lowercase adverbs before a verb ("The company flat-out denied"). */
export const ADVERB_TAIL =
  /(?:\s+(?:(?!(?:family|ally|assembly|supply|monopoly|rally|anomaly|bully|belly|folly|homily|italy)\b)[a-z]+ly|flat-out))+$/;

/** The words AUX_TAIL's groups end with, but for a date's day or year (a word ending in a digit).
 * A test reads the groups' last words from the pattern. */
export const AUX_LAST_WORDS = new Set([
  ...'has have had now long twice consistently strongly vehemently categorically emphatically also later then again previously recently further repeatedly once would will could might may earlier separately publicly privately initially first often always never not just already still even quickly simply flatly reportedly allegedly statement interview tweet twitter yesterday today week month year night morning'.split(
    ' ',
  ),
  ...WEEKDAY.split('|'),
]);

/** The words before a verb, without auxiliaries and lowercase adverbs ("The company flat-out denied"). */
export function withoutAuxiliaries(words: string): string {
  // each tail is sought only where the last word may end it: the patterns end in $ and are tried
  // from every space of the text, and the words before most verbs ("Kanani", "the company") end
  // in neither (a pattern that fails leaves the text as it is)
  let text = words.trimEnd();
  if (mayEndAuxiliaries(text)) text = text.replace(AUX_TAIL, '');
  if (mayEndAdverbs(text)) text = text.replace(ADVERB_TAIL, '');
  if (mayEndAuxiliaries(text)) text = text.replace(AUX_TAIL, '');
  return text;
}

/** The run of non-spaces `text` ends with. */
const lastWord = (text: string) => text.slice(lastWordStart(text, 0, text.length));

/** Whether the last word of `text` may end an AUX_TAIL group: one of its words (the pattern is
 * case-insensitive), or a date's digit. */
function mayEndAuxiliaries(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return (c >= 0x30 && c <= 0x39) || AUX_LAST_WORDS.has(lastWord(text).toLowerCase());
}

/** Whether the last word of `text` may be an ADVERB_TAIL adverb (case-sensitive: "…ly", "flat-out"). */
function mayEndAdverbs(text: string): boolean {
  return text.endsWith('ly') || text.endsWith('flat-out');
}

/** The subject of a verb before it: "Kanani said", "CIA chief William Burns told PBS", past
 * appositives ("Omar Lamrani, a senior analyst at Stratfor, told"). */
export function subjectBefore(text: string, s: Sentence, vs: number, spans: QuoteSpan[]) {
  // the clause that ends at the verb: back to a comma, a quote, a conjunction or the sentence start
  let start = s.start;
  // (past the last quotation that ends before the verb)
  for (const sp of spans) if (sp.outerEnd <= vs && sp.outerEnd > start) start = sp.outerEnd;
  const seg = text.slice(start, vs);
  const cut = Math.max(
    seg.lastIndexOf(','),
    seg.lastIndexOf(';'),
    seg.lastIndexOf(':'),
    seg.lastIndexOf('\u2014'),
    lastClauseBreak(seg),
  );
  let phraseStart = cut >= 0 ? start + cut + 1 : start;
  let phrase = withoutAuxiliaries(text.slice(phraseStart, vs));
  // ('“…,” said a senior official who added that …': the words after an inverted verb are its
  // subject, and the verb of their relative clause has that subject too)
  const inverted = RELATIVE_AFTER_INVERTED.exec(phrase);
  if (inverted && SPEECH_FORMS.has(inverted[1])) {
    phraseStart += inverted[0].length;
    phrase = phrase.slice(inverted[0].length);
  }
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
    const inner = text.slice(start, phraseStart - 1);
    if (inner.includes(',') && (!phrase.trim() || /^(who|which)\b/.test(phrase.trim()) || !mention || appositiveOnly)) {
      const behind = behindAppositives(inner, !phrase.trim(), appositiveOnly);
      if (behind) {
        mention = behind.mention;
        phraseStart = start + behind.at;
      }
    }
  }
  if (!mention) return null;
  return {
    mention,
    subjectStart: afterSpaces(text, phraseStart),
    inverted: false,
  };
}

/** A finite lowercase word that opens a phrase ending in a relative pronoun, and the spaces
 * around that word (an inverted speech verb, when SPEECH_FORMS has it; not a participle, "saying
 * he", whose clause has its own subject). */
const RELATIVE_AFTER_INVERTED = /^\s*([a-z]+(?<!ing))\s+(?=\S.*\s(?:who|that|which)\s*$)/;

const COMMA_OR_SEMICOLON = /[,;]/g;

/** Where each comma and semicolon of a text stands, in order. (test and lastIndex: matchAll copies
 * its regex and builds a match for each, on every subject read, and a loop over the characters
 * runs mostly unoptimised in the few runs a page gets.) */
function commasAndSemicolons(text: string): number[] {
  const at: number[] = [];
  COMMA_OR_SEMICOLON.lastIndex = 0;
  while (COMMA_OR_SEMICOLON.test(text)) at.push(COMMA_OR_SEMICOLON.lastIndex - 1);
  return at;
}

/**
 * "Willian Burns, director of the CIA, has expressed concern": the subject behind up to
 * `SUBJECTS.appositivesMax` appositives of `inner` (the text before the last comma), and where it
 * starts in it. `bare`: nothing stands between that comma and the verb; `appositiveOnly`: what
 * stands there is a description, itself an appositive.
 */
function behindAppositives(
  inner: string,
  bare: boolean,
  appositiveOnly: boolean,
): { mention: Mention; at: number } | null {
  const cuts = commasAndSemicolons(inner);
  let fallback: { mention: Mention; at: number } | null = null;
  for (let k = cuts.length - 1, n = 0; k >= 0 && n < SUBJECTS.appositivesMax; k--, n++) {
    const npStart = k > 0 ? cuts[k - 1] + 1 : 0;
    const np = inner.slice(npStart, cuts[k]);
    const appositive = inner.slice(cuts[k] + 1, k + 1 < cuts.length ? cuts[k + 1] : inner.length);
    const placeOfPlace = PLACE_AFTER_PLACE.test(appositive) && PLACE_ENDS.test(np);
    // ("Rainfall occurs everywhere on Titan, but the equatorial regions are drier than the poles,
    // said …": a coordinated clause is no appositive, and what stands before it no speaker)
    // ("…, Germany, and co-author of the study, said" is still one)
    if (COORDINATED_CLAUSE.test(appositive) && CLAUSE_VERB.test(appositive)) return null;
    if (k === cuts.length - 1 && bare && !placeOfPlace) {
      // "the minister's spokesman, John Reed, said": the name stands in apposition to the role
      const named = readMention(appositive);
      const roleOf = readMention(np);
      // (not "…, the Texas-based intelligence organization, told": a description, not a name)
      if (
        named &&
        (named.kind === 'name' || (named.kind === 'org' && !/\s[\p{Ll}][\p{L}-]*$/u.test(appositive.trim()))) &&
        (roleOf?.kind === 'role' || roleOf?.kind === 'group' || /^\s*(the|a|an)\s/i.test(np))
      ) {
        const found = { mention: { ...named, role: named.role ?? roleOf?.role ?? null }, at: cuts[k] + 1 };
        // a body named inside a description ("the U.S. military operation against Islamic State in
        // Iraq and Syria") is the speaker only when no name stands further back
        if (
          named.kind === 'org' &&
          !appositive
            .trim()
            .replace(/^the\s+/i, '')
            .startsWith(named.name ?? '')
        )
          fallback = found;
        else return found;
      }
    }
    // (also a party and state, "R-Neb.", or an age, "55")
    // (or a title in capitals before "of": "Strauss Zelnick, CEO of Take-Two, adds")
    const titled = /^\s*([\p{Lu}][\p{L}-]*)\s+(?:of|at|for)\s/u.exec(appositive)?.[1];
    if (
      !placeOfPlace &&
      !titleAppositive(appositive) &&
      !(titled && ROLE_NOUNS.has(titled.toLowerCase())) &&
      !/^\s*(?:(the|a|an|who|which|[a-z])|[A-Z][\w.]*\s+(chief|director|minister|spokesman|spokesperson|president|secretary)|[RDI]-[A-Z][\w.]*\s*$|\d{1,3}\s*$|[\p{Lu}][\p{L}.-]*(?:['’]s|s['’])\s+[\p{Ll}])/u.test(
        appositive,
      )
    )
      break; // (or "Carlineo’s attorney")
    // ("Jeff Sanborn, president of Chapter & Verse, a Spokane agency, said": a segment that opens
    // in lowercase is itself an appositive; the name is further back)
    if (/^\s*(?!(?:and|but|while|as|so|yet|then|when|although|though|whereas)\b)[\p{Ll}]/u.test(np) && k > 0) continue;
    // ("…, a postdoctoral fellow at the Max Planck Institute in Munich, Germany, and co-author …,
    // said": a place after a place closes the appositive before it; it is not the speaker)
    if (k > 0 && PLACE_AFTER_PLACE.test(np) && PLACE_ENDS.test(inner.slice(k > 1 ? cuts[k - 2] + 1 : 0, cuts[k - 1])))
      continue;
    const m2 = readMention(np);
    if (m2 && (m2.kind === 'name' || (!appositiveOnly && (m2.kind === 'org' || m2.kind === 'group')))) {
      return { mention: { ...m2, role: m2.role ?? cleanAppositive(appositive) }, at: npStart };
    }
  }
  return fallback;
}

/** "Pankaj Pandey, Head of Research at ICICI Securities, pointed out", "Chris Tang, Hong Kong’s new
 * police commissioner, said": a capitalised title with its role noun is an appositive too. */
function titleAppositive(appositive: string): boolean {
  const m = readMention(appositive);
  return m?.kind === 'role' && !m.generic && /\s/.test(appositive.trim());
}

/** A segment opening with a conjunction: a clause of its own, not an appositive. */
const COORDINATED_CLAUSE = /^\s*(?:but|and|or|so|yet|while|whereas|although|though|because)\s/i;
const CLAUSE_VERB = /\b(?:is|was|are|were|has|have|had|will|would|can|could|should|may|might|must|do|does|did)\b/i;

/** A country, state or region that follows a place: one to three capitalised words. */
const PLACE_AFTER_PLACE = /^\s*[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,2}\s*$/u;
/** A description ending in a place: "a fellow at the institute in Munich" (not an opening
 * circumstance, "In a letter to the president in May"). */
const PLACE_ENDS =
  /^\s*[\p{Ll}][^]*\b(?:in|of|at|from|near|outside)\s+[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3}\s*$/u;

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
export function sentenceSubject(text: string, s: Sentence, limit: number) {
  const segments = text.slice(s.start, limit).split(/[,\u2014]/);
  let offset = s.start;
  for (const seg of segments) {
    const words = seg.trim().split(/\s+/);
    const lead = seg.length - seg.trimStart().length;
    // the shortest opening of up to eight words that reads as a subject and is followed by a verb
    for (let n = 1; n <= Math.min(SUBJECTS.sentenceSubjectMaxWords, words.length - 1); n++) {
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

export function subjectAfter(text: string, s: Sentence, ve: number, spans: QuoteSpan[]) {
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

/** Full stops inside a name: a title's ("Rep."), an initialism's ("U.S. Attorney", every stop of
 * it) and a middle initial's ("Mary E. Lovely"). */
const TITLE_ABBREVIATION =
  /\b(?:Rep|Sen|Gov|Dr|Mr|Mrs|Ms|Gen|Lt|Col|Sgt|Jr|Sr|Prof|Rev|Capt|Atty|Supt|Det|Adm|Cmdr|Maj|St|U\.S|U\.N|U\.K)\.|\b[A-Z]\.(?=\s+[A-Z])/g;

/**
 * The noun phrase after an inverted verb or "according to": up to the next break, past the full
 * stops of a title or an initial ("said Rep. Brian Babin", "said U.S. Attorney Nealy Cox"), and without a circumstance that follows it
 * ("wrote Fadem in a Tuesday research report", "according to UEFA as part of the playoffs"), and
 * where the whole phrase ends.
 */
export function subjectPhrase(after: string): { np: string; end: number } {
  const shielded = after.replace(TITLE_ABBREVIATION, (m) => m.replace(/\./g, '\u2024'));
  const m = /^\s*([^,.;:!?\u2591]+)/.exec(shielded);
  // `end`: where the whole phrase stops in `after` (the shield keeps every offset)
  const np = (m?.[1] ?? '')
    .replace(
      /\s+(?:in|on|at|during|via|as|after|before|when|while|because|over|from)\s+(?:a|an|the|his|her|their|its|part|[a-z])[\s\S]*$/,
      '',
    )
    .replace(/\u2024/g, '.')
    // "according to a case report published in the journal BMJ Case Reports": the participle that
    // brought in the circumstance cut above is no part of the source
    .replace(
      /(?<=\p{Ll}{2})\s+(?:published|released|issued|posted|filed|conducted|obtained|reviewed|seen|written)$/u,
      '',
    );
  return { np, end: m?.[0].length ?? 0 };
}

function cleanAppositive(s: string): string | null {
  const r = s
    .trim()
    .replace(/^(a|an)\s+/i, '')
    .replace(/[,\s]+$/, '');
  return r && r.split(/\s+/).length <= 14 ? r : null;
}
