import { formTree } from './form-tree';

// The speech verbs: every verb and phrase that introduces reported speech in news copy, each with
// the forms it takes ("said", "says", "has said", "adding") and what it takes when it reports
// speech: a reported clause (with or without "that"), only a quotation, a recipient before the
// clause, an infinitive. Thoughts and intentions (thinks, believes, wants) are deliberately absent:
// QUOTES.md does not count them as quotes. Every fact about a verb that the attribution, the
// reported clause and the dates read is here, and nowhere else.

/** What a speech verb takes when it reports. */
export interface SpeechVerb {
  /** The lemma, which the rest of the quote stage calls the verb by. */
  base: string;
  /** Every form that introduces speech, longest match first is left to the scanner. */
  forms: string[];
  /**
   * What it reports: `clause` (default), a reported clause with or without "that" ("said Apple
   * employs …"); `that`, a clause only after "that" ("concluded that …", never "concluded its
   * hearing"); `quotation`, only a quotation, never a clause of its own ("called it “harmful”").
   */
  reports?: 'clause' | 'that' | 'quotation';
  /**
   * The one told stands between the verb and the clause ("warned investors that …"): `optional`;
   * `required`, always there ("told reporters it was …"; so "…, told The Hill" names the one told,
   * not the speaker); `then-that`, a clause only when "that" follows the one told ("assured the
   * public that …", not "assured the public"); `with`, after "with" ("pleaded with the
   * administration to …").
   */
  recipient?: 'optional' | 'required' | 'then-that' | 'with';
  /** An infinitive is what was said ("urged them to …", "vowed to …"). */
  infinitive?: true;
  /** A gerund is what was said ("denied doing anything wrong"). */
  gerund?: true;
  /** Its progressive still reports after "is"/"was" ("is urging"), where other verbs are passive ("is said to"). */
  progressive?: true;
  /** The past participle that doubles as an adjective after a preposition ("over alleged assaults"). */
  adjective?: string;
  /** Words after the verb that make it something else than speech ("called for", "pleaded not guilty"). */
  notSpeechBefore?: RegExp;
  /** Its object is often a count, which is not speech ("added 25 points", "added a goal"). */
  numberObject?: true;
  /** A feeling expressed about a topic ("expressed concern about …"): the topic is the report, and the
   * verb never reports the clause before it. */
  topic?: true;
  /** A question, not a statement: its clause is never an indirect quote ("asked whether …"). */
  question?: true;
}

export const SPEECH_VERBS: SpeechVerb[] = [
  { base: 'say', forms: ['say', 'says', 'said', 'saying'], progressive: true },
  {
    base: 'tell',
    forms: ['tell', 'tells', 'told', 'telling'],
    recipient: 'required',
    infinitive: true,
    progressive: true,
  },
  { base: 'add', forms: ['add', 'adds', 'added', 'adding'], numberObject: true },
  { base: 'note', forms: ['note', 'notes', 'noted', 'noting'], reports: 'that' },
  { base: 'stress', forms: ['stress', 'stresses', 'stressed', 'stressing'] },
  { base: 'underscore', forms: ['underscore', 'underscores', 'underscored', 'underscoring'] },
  { base: 'underline', forms: ['underlines', 'underlined', 'underlining'] },
  { base: 'reiterate', forms: ['reiterate', 'reiterates', 'reiterated', 'reiterating'] },
  { base: 'argue', forms: ['argue', 'argues', 'argued', 'arguing'], progressive: true },
  { base: 'claim', forms: ['claim', 'claims', 'claimed', 'claiming'], progressive: true, adjective: 'claimed' },
  { base: 'insist', forms: ['insist', 'insists', 'insisted', 'insisting'], progressive: true },
  {
    base: 'warn',
    forms: ['warn', 'warns', 'warned', 'warning'],
    recipient: 'optional',
    infinitive: true,
    progressive: true,
  },
  {
    base: 'announce',
    forms: ['announce', 'announces', 'announced', 'announcing'],
    reports: 'that',
    adjective: 'announced',
  },
  { base: 'state', forms: ['states', 'stated', 'stating'], reports: 'that', adjective: 'stated' },
  { base: 'write', forms: ['write', 'writes', 'wrote', 'written', 'writing'] },
  { base: 'tweet', forms: ['tweet', 'tweets', 'tweeted', 'tweeting'] },
  { base: 'post', forms: ['posted'], reports: 'quotation' },
  { base: 'explain', forms: ['explain', 'explains', 'explained', 'explaining'] },
  {
    base: 'ask',
    forms: ['ask', 'asks', 'asked', 'asking'],
    recipient: 'optional',
    infinitive: true,
    progressive: true,
    question: true,
  },
  { base: 'reply', forms: ['reply', 'replies', 'replied', 'replying'] },
  { base: 'respond', forms: ['responded', 'responds'] },
  { base: 'admit', forms: ['admit', 'admits', 'admitted', 'admitting'], gerund: true },
  { base: 'deny', forms: ['deny', 'denies', 'denied', 'denying'], gerund: true },
  { base: 'accuse', forms: ['accuse', 'accuses', 'accused', 'accusing'], recipient: 'optional', gerund: true },
  {
    base: 'urge',
    forms: ['urge', 'urges', 'urged', 'urging'],
    recipient: 'optional',
    infinitive: true,
    gerund: true,
    progressive: true,
  },
  {
    base: 'call',
    forms: ['call', 'calls', 'called', 'calling'],
    reports: 'quotation',
    infinitive: true,
    progressive: true,
    notSpeechBefore: /^\s+(for|on|off|up|in|back)\b/i, // "called for", "called off"
  },
  { base: 'declare', forms: ['declare', 'declares', 'declared', 'declaring'], reports: 'that' },
  { base: 'assert', forms: ['assert', 'asserts', 'asserted', 'asserting'] },
  { base: 'contend', forms: ['contend', 'contends', 'contended'] },
  { base: 'maintain', forms: ['maintains', 'maintained'], reports: 'that' },
  {
    base: 'acknowledge',
    forms: ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'],
    reports: 'that',
  },
  { base: 'confirm', forms: ['confirm', 'confirms', 'confirmed', 'confirming'], reports: 'that' },
  { base: 'predict', forms: ['predict', 'predicts', 'predicted', 'predicting'], reports: 'that' },
  {
    base: 'promise',
    forms: ['promise', 'promises', 'promised', 'promising'],
    recipient: 'then-that',
    infinitive: true,
    adjective: 'promised',
  },
  { base: 'vow', forms: ['vow', 'vows', 'vowed', 'vowing'], infinitive: true },
  { base: 'pledge', forms: ['pledges', 'pledged', 'pledging'], infinitive: true },
  { base: 'recall', forms: ['recalls', 'recalled', 'recalling'], reports: 'that' },
  { base: 'remark', forms: ['remarks', 'remarked'], reports: 'that' },
  { base: 'comment', forms: ['comments', 'commented'], reports: 'quotation' },
  { base: 'concede', forms: ['concede', 'concedes', 'conceded', 'conceding'] },
  { base: 'conclude', forms: ['concludes', 'concluded'], reports: 'that' },
  {
    base: 'emphasize',
    forms: ['emphasize', 'emphasizes', 'emphasized', 'emphasizing', 'emphasise', 'emphasises', 'emphasised'],
  },
  { base: 'complain', forms: ['complain', 'complains', 'complained', 'complaining'], reports: 'that' },
  { base: 'boast', forms: ['boasted', 'boasts'], reports: 'that' },
  { base: 'joke', forms: ['joked', 'jokes'] },
  { base: 'quip', forms: ['quipped'] },
  // ('“…, the accordion playing drives me nuts,” McDowell laughed.': beside a quotation only)
  { base: 'laugh', forms: ['laughed', 'laughs'], reports: 'quotation' },
  { base: 'testify', forms: ['testified', 'testifies'], reports: 'that' },
  { base: 'reveal', forms: ['revealed', 'reveals'], reports: 'that' },
  { base: 'disclose', forms: ['disclosed'], reports: 'that' },
  { base: 'mention', forms: ['mentioned'], reports: 'that' },
  { base: 'answer', forms: ['answered'] },
  { base: 'shout', forms: ['shouts', 'shouted'] },
  // ("“Hands! Let me see your hands!” an officer ordered.": an order given in words; not "ordered a review")
  { base: 'order', forms: ['orders', 'ordered'], reports: 'quotation' },
  { base: 'describe', forms: ['described', 'describes', 'describing'], reports: 'quotation' },
  { base: 'dismiss', forms: ['dismissed', 'dismisses'], reports: 'quotation' },
  { base: 'reject', forms: ['rejected', 'rejects'], reports: 'quotation' },
  { base: 'point out', forms: ['pointed out', 'points out', 'pointing out'] },
  { base: 'report', forms: ['reported', 'reports'], reports: 'that', adjective: 'reported' },
  { base: 'suggest', forms: ['suggested', 'suggests'], reports: 'that' },
  { base: 'continue', forms: ['continued'], reports: 'quotation' },
  { base: 'counter', forms: ['countered'] },
  { base: 'observe', forms: ['observed'], reports: 'that' },
  { base: 'allege', forms: ['alleged', 'alleges', 'alleging'], adjective: 'alleged' },
  { base: 'demand', forms: ['demanded', 'demands'], infinitive: true, progressive: true },
  { base: 'recount', forms: ['recounted', 'recounts', 'recounting'] },
  { base: 'agree', forms: ['agreed'], reports: 'quotation' },
  { base: 'caution', forms: ['cautioned', 'cautions', 'cautioning'], recipient: 'optional' },
  { base: 'lament', forms: ['lamented', 'laments', 'lamenting'] },
  {
    base: 'plead',
    forms: ['pleaded', 'pleads', 'pleading', 'pled'],
    recipient: 'with',
    notSpeechBefore: /^\s+(not\s+)?(guilty|innocent|no contest|the fifth)\b/i, // a plea, not a statement
  },
  { base: 'implore', forms: ['implored', 'implores', 'imploring'], recipient: 'with' },
  { base: 'beg', forms: ['begged', 'begs', 'begging'], recipient: 'with' },
  { base: 'exclaim', forms: ['exclaimed'] },
  { base: 'whisper', forms: ['whispered'] },
  { base: 'yell', forms: ['yelled'] },
  { base: 'scream', forms: ['screamed'] },
  { base: 'chant', forms: ['chanted'], reports: 'quotation' },
  { base: 'text', forms: ['texted'], reports: 'quotation' },
  { base: 'email', forms: ['emailed'], reports: 'quotation' },
  { base: 'blast', forms: ['blasted', 'blasts'], reports: 'quotation' },
  { base: 'slam', forms: ['slammed', 'slams'], reports: 'quotation' },
  { base: 'criticize', forms: ['criticized', 'criticised', 'criticizes', 'criticises'], reports: 'quotation' },
  { base: 'praise', forms: ['praised', 'praises'], reports: 'quotation' },
  { base: 'hail', forms: ['hailed', 'hails'], reports: 'quotation' },
  { base: 'tout', forms: ['touted', 'touts'], reports: 'quotation' },
  { base: 'elaborate', forms: ['elaborated'] },
  { base: 'clarify', forms: ['clarified'] },
  { base: 'retort', forms: ['retorted'] },
  { base: 'interject', forms: ['interjected'] },
  { base: 'speculate', forms: ['speculated', 'speculates'] },
  { base: 'estimate', forms: ['estimated', 'estimates'], reports: 'quotation' },
  { base: 'advise', forms: ['advised'], recipient: 'then-that' },
  {
    base: 'recommend',
    forms: ['recommended'],
    // "recommended me for an entry software developer position": put someone forward, not a report
    notSpeechBefore: /^\s+(?:me|him|her|them|us|you)\s+(?:for|as)\b/i,
  },
  { base: 'threaten', forms: ['threatened'] },
  { base: 'assure', forms: ['assured', 'reassured'], recipient: 'then-that' },
  { base: 'inform', forms: ['informed'], recipient: 'then-that' },
  { base: 'proclaim', forms: ['proclaimed'] },
  { base: 'brag', forms: ['bragged'] },
  { base: 'confess', forms: ['confessed'] },
  { base: 'muse', forms: ['mused'], reports: 'quotation' },
  { base: 'opine', forms: ['opined'] },
  { base: 'reason', forms: ['reasoned'], reports: 'quotation' },
  { base: 'hint', forms: ['hinted', 'hints'] },
  { base: 'dispute', forms: ['disputed', 'disputes'] },
  {
    base: 'express',
    forms: [
      'expressed concern',
      'expressed hope',
      'expressed regret',
      'expressed confidence',
      'expressed doubt',
      'expressed frustration',
      'voiced concern',
      'raised concerns',
      'expressed concerns',
      'voiced concerns',
    ],
    topic: true,
  },
];

const BY_BASE = new Map(SPEECH_VERBS.map((v) => [v.base, v]));
const NO_VERB: SpeechVerb = { base: '', forms: [] };

/** The verb of a lemma (an empty entry for one that is not a speech verb, as "according to"). */
export function speechVerb(base: string): SpeechVerb {
  return BY_BASE.get(base) ?? NO_VERB;
}

/** Each form (spaces folded to one) → its lemma. */
export const SPEECH_FORMS: Map<string, string> = new Map(
  SPEECH_VERBS.flatMap(({ base, forms }) => forms.map((f) => [f, base] as [string, string])),
);

/** Whether `verb` (a form as found) is the adjective its verb doubles as ("alleged"). */
export function isAdjectiveForm(verb: string, base: string): boolean {
  return speechVerb(base).adjective === verb.toLowerCase();
}

/**
 * Forms that may follow "to" and still report: every other form after "to" is an infinitive that
 * says what someone may do, not what they said ("allow leaders to claim a victory").
 */
export const FORMS_AFTER_TO = new Set(['said', 'reported']);

/**
 * The source of an alternation of some forms, for patterns that look for a few common ones
 * ("…, he said" after a quotation); each must be a form of the table, so a pattern cannot name a
 * verb the table does not know.
 */
export function formsOf(list: string): string {
  const forms = list.split(/\s+/);
  for (const f of forms) if (!SPEECH_FORMS.has(f)) throw new Error(`not a speech verb form: ${f}`);
  return forms.join('|');
}

/**
 * Every speech verb form, at a word's start and end; a form of several words takes any run of
 * spaces between them. Where several forms match at one place, the longest that ends a word is
 * found ("said in" before "said"). The forms are written as a tree of their shared beginnings
 * ("s(?:a(?:y(?:s|ing|)|id)|…)"): the pattern is tried at every position of every sentence, and
 * as a flat alternation of some 270 forms each position tried every form in turn.
 */
export const SPEECH_VERB_RE = new RegExp(`\\b(${formTree([...SPEECH_FORMS.keys()])})\\b`, 'gi');

/** Phrases that attribute what follows or precedes them to a source without a verb. ("per" only
 * before a capital, which PER_SOURCE checks apart: under this pattern's `i` flag a capital-letter
 * class matches every letter, and "$52.64 per barrel in New York" was credited to New York.) */
export const ACCORDING_TO_RE = /\b(according to|in the words of|as quoted by|quoting|per)\s+/giu;

/** "per" names a source: before a capital ("per Coast Guard officials"), case-sensitively, and not
 * after a number or a quantity ("$52.64 per Barrel", "10 cents per Share"). */
export function perNamesSource(before: string, after: string): boolean {
  return /^\s*(?:the\s+)?\p{Lu}/u.test(after) && !/\d[\d.,]*(?:\s*[%\p{L}]+)?\s*$/u.test(before);
}
