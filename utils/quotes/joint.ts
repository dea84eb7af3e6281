import { beforeSpaces, isJsSpaceCode } from '../chars';

// The joint a clause must not end with: the marks and spaces at its end, and a joining word before
// them ("…, and", "… saying"). A pattern that ends in `$` with no bound on its length is tried
// from every position of the clause; this reads the clause's end backwards instead, and asks a
// pattern only of the word, which is bounded (the engine then starts it near the end).

/**
 * The length `clause.replace(new RegExp(`[\\s,;:\\u2014-]*(?:\\b(?:${words})\\s*)?$`, 'i'), '')` has,
 * where `word` is /\b(?:WORDS)$/i (the words, at a word's start, ending the text). The match
 * starts either at the joining word (when only spaces follow it) with the marks and spaces
 * before it, or, with no such word, at the marks and spaces that end the clause.
 */
export function beforeJoint(clause: string, word: RegExp): number {
  const end = beforeSpaces(clause, clause.length);
  const w = word.exec(end < clause.length ? clause.slice(0, end) : clause);
  return marksBefore(clause, w ? w.index : end);
}

/** Where the run of spaces and joint marks (, ; : — -) that ends at `i` starts. */
function marksBefore(s: string, i: number): number {
  while (i > 0 && isJointMark(s.charCodeAt(i - 1))) i--;
  return i;
}

function isJointMark(c: number): boolean {
  return c === 0x2c || c === 0x3b || c === 0x3a || c === 0x2014 || c === 0x2d || isJsSpaceCode(c);
}
