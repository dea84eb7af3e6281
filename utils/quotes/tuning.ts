// Every tunable number of the quote stage, named and documented in one place (as Readability keeps
// its DEFAULT_* constants). Lengths are in characters unless a name says words or paragraphs.
// Each was set on the quote dev set (../shared/corpus/quotes-dev) and checked on the seed pages and
// the trafilatura pages; changing one changes answers, so a change is measured on all of them.

/** Which quotation marks are speech. */
export const QUOTATIONS = {
  /** A paragraph that is only a quotation with no sentence stop is a subhead when it has at most
   * this many words (the dev set's quoted subheads had four and five; its one-paragraph quotes
   * without a stop, none). */
  headingMaxWords: 8,
  /** How far before a quotation a cue that it is a title or a term is looked for ("so-called", "the film"). */
  titleCueLookback: 40,
  /** How many letters and digits may stand in the sentence outside a quotation that is still the
   * whole sentence (a floating quote: '“…”', '“…,” he said' is not one). */
  floatingSlack: 3,
  /** A quotation of at most this many words counts only with an attribution, as the end of a
   * quote going on from the paragraph before, or as a whole sentence of speech after another
   * quote ("“It just connected.”"): otherwise it is a term or a scare quote. */
  fragmentMaxWords: 3,
  /** A quotation in title case of at most this many words, with no attribution, is a title. */
  titleCaseMaxWords: 7,
  /** A quotation in title case of this many words inside a reported clause is a title or a name
   * ("the show “Trading Nation”"). */
  titleInClauseWords: { min: 2, max: 5 },
  /** Text before a quotation longer than this, with no colon or comma before it, makes it mixed
   * rather than direct. */
  directLeadMax: 40,
  /** W3C text-quote selector: characters of context kept on each side of a quote. */
  anchorContext: 32,
} as const;

/** Quotations with no attribution of their own, by the rule that credits them. */
export const UNATTRIBUTED = {
  /** '“A,” Lopez said. “B.”': the same voice goes on for a quotation of at least this many words. */
  sameVoiceMinWords: 2,
  /** A floating quotation after a sentence that introduces a person, of at least this many words. */
  introducedMinWords: 4,
  /** How far into the sentence before a name that introduces the speaker may stand. */
  introducedNameReach: 90,
  /** A floating quotation of at least this many words continues the last speaker… */
  recentSpeakerMinWords: 4,
  /** …when that speaker was quoted at most this many paragraphs before. */
  recentSpeakerReach: 2,
  /** A floating quotation of at least this many words is kept with no speaker. */
  anonymousMinWords: 8,
} as const;

/** Reported speech (indirect quotes) and where its clause is. */
export const REPORTS = {
  /** A reported clause has at least this many words. */
  minWords: 3,
  /** "X, Y said, …" reports the clause before it only when that has at least this many words… */
  clauseBeforeMinWords: 4,
  /** …and at most this many words follow the verb up to the next comma. */
  clauseBeforeTailMaxWords: 10,
  /** A verb that reports only with "that" reports the clause before it when at most this many
   * words follow it ("…, the office announced Monday."). */
  endsSentenceMaxWords: 2,
  /** "As X noted, …": the clause after the comma has more than this many characters. */
  asNotedMinClause: 20,
  /** "told investors of New Media, the parent, on Oct. 31 that …": how far after a recipient
   * "that" is looked for when no comma stands between… */
  recipientThatNear: 70,
  /** …and when commas do, but no full stop or semicolon. */
  recipientThatFar: 130,
  /** "said at a news conference in May that …": the longest circumstance before "that". */
  circumstanceBeforeThat: 70,
  /** "said A, but added B" is two reports when A and B each have at least this many words: in the
   * dev set the coordinated reports had eight or more, while a noun object ("deny accusations of
   * brutality and say …", "demanded a deadline extension") had two or three. */
  coordinatedMinWords: 5,
  /** "The key to Stadia's success, says Buser, is …": the opening an attribution interrupts has at
   * most this many words (a subject; in the dev set the interrupted openings had one to five). */
  interruptedOpeningMaxWords: 8,
} as const;

/** Who the subject of a speech verb is. */
export const SUBJECTS = {
  /** "X, a senior analyst at Stratfor, the Texas-based intelligence firm, told": appositives
   * skipped back to the name, at most. */
  appositivesMax: 3,
  /** A participle's subject ("…, saying he …") is an opening of at most this many words. */
  sentenceSubjectMaxWords: 8,
  /** An inverted verb follows its quotation when at most this many characters stand between. */
  quotationToVerb: 3,
  /** The longest appositive read after an inverted subject ("said Jane Doe, a spokeswoman …"). */
  invertedAppositiveMax: 80,
  /** An appositive longer than this many words is not a role. */
  appositiveRoleMaxWords: 14,
  /** How far after a clause break a conjunction that opens the subject clause is looked for. */
  conjunctionWindow: 12,
} as const;

/** Reading a subject phrase as a name, a role, a group or an organisation. */
/** Which person a description ("the president", "the spokesman") stands for, by the roles given. */
export const ROLE_MATCH = {
  /** Taken off a role's score (one per word it shares with the description, plus one) when one of
   * the two qualifies the head noun ("president of the Federal Reserve Bank") and the other does
   * not: half a word, so that a shared word still outweighs it and it only breaks ties. */
  unqualifiedPenalty: 0.5,
} as const;

export const MENTIONS = {
  /** A subject phrase of more words than this is a clause, not a mention. */
  maxWords: 14,
  /** A person's name has at most this many words. */
  nameMaxWords: 4,
  /** An institution's name ("the Chinese Center for Disease Control and Prevention") has at most this many words. */
  institutionMaxWords: 10,
  /** A role has at most this many words. */
  roleMaxWords: 10,
  /** "In a Tumblr post at the time she": the most words of an opening circumstance before a pronoun. */
  circumstanceMaxWords: 8,
  /** "Browns DL Sheldon Richardson": a name after a team or outlet word has this many words. */
  nameAfterOrg: { min: 2, max: 4 },
} as const;

/** Resolving mentions to the people and bodies the article names. */
export const SPEAKERS = {
  /** A pronoun looks for its person this many paragraphs back. */
  pronounReach: 3,
  /** Past the sentence before, a pronoun points only at someone named at least this many times (or given a role). */
  salientMentions: 2,
  /** Gender votes: a title (Mr., Ms.), a gendered role noun before the name or in the entity's role,
   * and the pronouns after a sentence about one person. */
  genderVote: { title: 3, role: 2, pronoun: 1 },
  /** How far before a name a title or a gendered role noun is looked for. */
  genderCueLookback: 60,
  /** A possessive this close before a role noun makes the role someone else's ("Hege’s son"). */
  genderOwnerLookback: 30,
  /** How far before a name a preposition makes it an object ("in an Oliver Sacks kind of way"). */
  objectLookback: 10,
  /** When names are registered: how far back the role phrase before a name is read, in characters… */
  roleLookback: 80,
  /** …and in words. */
  roleLookbackWords: 8,
  /** An unroled name counts as a speaker when a speech verb follows it within this many characters. */
  speaksWithin: 60,
  /** An acronym spells at most this many initials. */
  acronymMaxLetters: 8,
  /** "said the actor" is the person quoted this many paragraphs before at most (0: the same one);
   * one, as a description follows its quote in the next paragraph at the furthest in the dev set. */
  describedReach: 1,
  /** "…, he said." / "…, she told reporters on Tuesday.": a postposed attribution, from its pronoun
   * to the sentence end, has at most this many words. */
  postposedMaxWords: 6,
} as const;

/** Organisations called by what they are ("the company said"). */
export const BODIES = {
  /** A plain description ("the agency") stands for the organisation the article names most, when it
   * names it at least this often: in the dev set the organisation meant is named 2 to 14 times, and
   * an organisation named once is as often a passing one ("a spokesperson for the NYAG"). */
  salientMentions: 2,
} as const;

/** Statement dates. */
export const DATES = {
  /** With no reported clause to stop at, the words this far after the verb may date it. */
  windowAfterVerb: 60,
  /** How far after the verb "told lawmakers" is looked for, to date words said at a hearing. */
  hearingWindow: 40,
  /** A quote with no date of its own takes the same speaker's dated quote at most this many paragraphs before. */
  carryReach: 4,
  /** A story stamped before this hour (its own time) may be about the day before (its news day). */
  newsDayBeforeHour: 13,
  /** The lead that gives the news day: the first paragraphs… */
  leadParagraphs: 3,
  /** …of at least this many words. */
  leadMinWords: 15,
  /** "last Tuesday", "until Monday": how far before a weekday such a word is looked for. */
  notTheEventLookback: 25,
  /** "…, the ministry said in a statement.": the longest source before the verb in a report of an event. */
  sourceMaxLength: 60,
  /** The words just before a date chrono found that may make it one ("in May"). */
  dateWordLookback: 8,
  /** A span of more days than this is a range, not the day something was said. */
  rangeMaxDays: 40,
  /** A later update counts when it is this many days after publication. */
  updateDays: { min: 1, max: 2 },
  /** A date this far after the reference is still not in the future. */
  futureSlackMs: 3600000,
  /** A speaker's name is looked for in the sentence before by its last word, of at least this many letters. */
  speakerKeyMinLength: 3,
  /** "a September hearing by", "that October appropriations hearing": at most this many words
   * between an occasion's date and its name (or its article and its name). Two: the dev set's
   * longest is one ("appropriations"), and a third word starts to reach into other phrases. */
  occasionWords: 2,
  /** "Hill, who will testify at a hearing Thursday": how far before an occasion a word of the
   * future is looked for. */
  aheadLookback: 40,
  /** '…," Trump said at a rally in Monroe, La., on Nov. 6, 2019.': the longest phrase between the
   * attribution and a day closing the sentence (the rule's first pattern had 40). */
  placePhraseMaxLength: 40,
} as const;
