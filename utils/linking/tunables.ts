// Every number the linker decides with, in one place. How each was chosen is said beside it; the
// figures come from the seed pair and from every cross-article pair of quotes in the 181 pages of
// the Scrapinghub corpus with a speaker in common or a shared run of words, read by hand.

export const LINK_DEFAULTS = {
  /** Surnames (skeletons) shorter than this must match exactly: "Cook" and "Cox" are two people ("Burns", 5, may be misspelt). */
  fuzzyNameMinLength: 5,
  /** From this length a surname may be two edits away ("Aleksandrovich", "Alexandrovic"). */
  fuzzyNameTwoEditsLength: 9,
  /** Words in a run that the index keys direct quotes by: a shared run this long makes a candidate. */
  shingle: 3,
  /** Content words (stems) two statements must share to be compared at all. */
  minSharedStems: 2,
  /** Direct quotes: the longest run of words they share. */
  directMinRun: 3,
  /**
   * Direct quotes: the share of the shorter quote's content words found, in order, in the other.
   * The same words, trimmed or altered, covered 0.67 to 1 in the corpus (the Omar threat "bullet in
   * her skull" 0.67, Sims's quote in two outlets 0.8); two different statements of Gov. Noem a day
   * apart ("the whole point of this ad campaign is to raise awareness" / "The mission of the
   * campaign is to raise awareness") 0.38.
   */
  directMinCoverage: 0.6,
  /**
   * Direct quotes: a run this long links whatever the coverage: two outlets' overlapping excerpts of
   * the duvet patient's account share a 7-word run at coverage 0.5; Noem's two statements share 5 …
   */
  directLongRun: 6,
  /** … when it holds this many content words ("at the end of the day" holds two). */
  directLongRunContent: 3,
  /** Identical quotes this long link even when they hold fewer than two content words ("We got her, we got her", "Meth. We're on it"). */
  verbatimMinWords: 4,
  /**
   * Reported speech against a quote: the share of the smaller side's content words the other holds.
   * The seed pair's paraphrases score 0.5 to 1 (IFP's "acts independently" against Kanani's quote:
   * 0.5), its other same-speaker pairs at most 0.18. In the corpus the paraphrases score 0.56 to
   * 0.88, and same-speaker pairs that are two statements at most 0.44 (NASA's announcement against
   * Bridenstine's words on it; two of Volker's statements in one hearing 0.39).
   */
  paraphraseMinScore: 0.5,
  /** What a name ("Iran", "President Trump") counts for in that share, against 1 for any other word. */
  nameWeight: 0.5,
  /**
   * Reported speech: the weight of the words shared (two words, or a word and a name; not two names:
   * a garbled "(CNN)President Donald Trump" shared only "President Trump" with three statements).
   */
  paraphraseMinWeight: 1.5,
  /**
   * Statement dates further apart than this (days) are two statements, unless the words are the
   * same. Outlets a day or two apart, a dated statement against a publication date (Burns on Friday,
   * IFP on Sunday: 2); Trump's "billions of dollars in tariff money from China" on Nov. 8 and again
   * on Nov. 18 are two occasions.
   */
  dateWindowDays: 7,
  /**
   * Title and description words two articles share for their story to agree, needed when the
   * speaker is a surname alone, misspelt, or no one in particular: the same story's pages in the
   * corpus share 2 to 10; the seed pair 5.
   */
  storyMinShared: 2,
  /** Word diffs of quotes longer than this give up on the alignment past this many edits. */
  maxDiffEdits: 400,
} satisfies Record<string, number>;

export type LinkTunables = Readonly<typeof LINK_DEFAULTS>;
