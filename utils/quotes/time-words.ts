// The words of time that news copy dates a statement with, written once for every pattern of the
// quote stage that needs them: the attribution's adverbials ("said on Monday", "told PBS Dec. 9"),
// the story's news day, the occasions an article dates ("the March 21 call") and the statement
// date's own trigger words. Sources of regular expressions, lowercase: the patterns that use them
// are case-insensitive.

/** The days of the week. */
export const WEEKDAY = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';

/** The part of a day after a weekday ("Tuesday night"). */
export const PART_OF_DAY = 'morning|afternoon|evening|night';

/** A month by its first letters, which also begin its full name and its abbreviation. */
export const MONTH_STEM = 'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec';

/** "Dec. 9", "December 9", "Nov 5". */
export const MONTH_DAY = `(?:${MONTH_STEM})[a-z]*\\.?\\s+\\d{1,2}`;

/** The months by full name. */
export const MONTH_NAME = 'january|february|march|april|may|june|july|august|september|october|november|december';
