// Every number the linker decides with, in one place. How each was chosen is said beside it; the
// figures come from the seed pair and the multi-outlet stories of the Scrapinghub corpus
// (`npm run analyze -- --link ../shared/corpus/scrapinghub/html`), see the README's "Linking".

export const LINK_DEFAULTS = {
  /** Surnames (skeletons) shorter than this must match exactly: "Cook" and "Cox" are two people. */
  fuzzyNameMinLength: 5,
  /** From this length a surname may be two edits away ("Aleksandrovich", "Alexandrovic"). */
  fuzzyNameTwoEditsLength: 9,
  /** Words in a run that the index keys direct quotes by: a shared run this long makes a candidate. */
  shingle: 3,
  /** Content words (stems) two statements must share to be compared at all. */
  minSharedStems: 2,
  /** Direct quotes: the longest run of words they share. */
  directMinRun: 3,
  /** Direct quotes: the share of the shorter quote's content words found, in order, in the other. */
  directMinCoverage: 0.6,
  /** Direct quotes: a run this long links whatever the coverage (two outlets' overlapping excerpts) … */
  directLongRun: 6,
  /** … when it holds this many content words ("at the end of the day" holds two). */
  directLongRunContent: 3,
  /** Identical quotes this long link even when they hold fewer than two content words ("We got her, we got her"). */
  verbatimMinWords: 4,
  /** Reported speech against a quote: the share of the smaller side's content words the other holds. */
  paraphraseMinScore: 0.5,
  /** What a name ("Iran", "President Trump") counts for in that share, against 1 for any other word. */
  nameWeight: 0.5,
  /** Reported speech: the weight of the words shared (two words, or a word and a name; not two names). */
  paraphraseMinWeight: 1.5,
  /** Statement dates further apart than this (days) are two statements, unless the words are the same. */
  dateWindowDays: 7,
  /** Title and sentence words two articles share for their story to agree (a surname-only or misspelt speaker). */
  storyMinShared: 2,
  /** Word diffs of quotes longer than this give up on the alignment past this many edits. */
  maxDiffEdits: 400,
} satisfies Record<string, number>;

export type LinkTunables = Readonly<typeof LINK_DEFAULTS>;
