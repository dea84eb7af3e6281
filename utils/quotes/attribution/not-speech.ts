import { FORMS_AFTER_TO, isAdjectiveForm } from '../verbs';
import type { VerbUse } from './clauses';

// Uses of a speech verb's form that are not someone saying something, each one check with its
// id: the verb is found, then every check here is asked before any subject is looked for.

export interface NotSpeech {
  id: string;
  /** `before`: the sentence's text from its start up to the verb. */
  test(v: VerbUse, before: string): boolean;
}

const PASSIVE = /\b(is|was|were|are|been|be|being|get|got|so)[\s-]+$/i;
const DETERMINER =
  /\b(the|a|an|these|those|his|her|their|its|our|such|any|no|this|that|new|similar|repeated|latest|false|unfounded)\s+$/i;
const NEGATION =
  /\b(cannot|can't|can’t|could not|couldn't|couldn’t|did not|didn't|didn’t|does not|doesn't|doesn’t|do not|don't|don’t|never|would not|wouldn't|wouldn’t|will not|won't|won’t|has not|hasn't|hasn’t|have not|haven't|haven’t|had not|hadn't|hadn’t|has yet to|have yet to|refused to|declined to)\s+(?:(?:[a-z]+ly|yet)\s+){0,2}$/i;
/** A subject that says no one spoke: "Neither company has publicly said …", "No one has said …". */
const NO_ONE_SPOKE = /(?:^|[,;:]\s*|\b(?:and|but)\s+)(?:neither|no one|nobody|none of)\b[^,;:]*$/i;

export const NOT_SPEECH: readonly NotSpeech[] = [
  {
    // "over alleged assaults", "for claimed damages": the participle as an adjective
    id: 'adjective',
    test: (v, before) =>
      isAdjectiveForm(v.verb, v.base) &&
      /\b(over|for|of|in|on|about|against|with|by|from|into|after|amid|despite)\s+$/i.test(before),
  },
  // "allow leaders to claim a victory": an infinitive says what someone may do, not what they said
  { id: 'infinitive', test: (v, before) => /\bto\s+$/i.test(before) && !FORMS_AFTER_TO.has(v.verb.toLowerCase()) },
  // "cannot explain why", "declined to say when …", "has not said whether …": what was not said
  { id: 'negated', test: (_v, before) => NEGATION.test(before) || NO_ONE_SPOKE.test(before) },
  // "is said to" (but "is urging" is the progressive of a speech verb), "the claim", "so-called"
  {
    id: 'passive-or-noun',
    test: (v, before) =>
      (PASSIVE.test(before) && !(v.table.progressive && /ing$/i.test(v.verb))) ||
      DETERMINER.test(before) ||
      /so-$/i.test(before),
  },
  // "the United States", "Says" in a headline: speech verbs are lowercase
  { id: 'capitalised', test: (v, before) => /^[A-Z]/.test(v.verb) && !!before.trim() },
  // "the ministry's claim" is a noun
  { id: 'possessed', test: (_v, before) => /['’]s\s+$/.test(before) },
  // "is said to be"
  { id: 'said-to-be', test: (v) => /^\s+(to be|to have)\b/i.test(v.text.slice(v.ve)) },
  // "called for", "pleaded not guilty"
  { id: 'other-sense', test: (v) => !!v.table.notSpeechBefore?.test(v.text.slice(v.ve)) },
  // "called it “harmful”": a verb that reports only a quotation, in a sentence with none
  { id: 'no-quotation', test: (v) => v.table.reports === 'quotation' && !v.spanAfter && !v.spanBefore },
];
