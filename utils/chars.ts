// Character tests by UTF-16 code unit, for the loops that read text one character at a time (the
// marks' text index, word counts, the quote stage's scans): there a regex call per character cost
// more than the reading. Shared so that each class is defined once.

/** Whether `c` is one of JavaScript's \s: tab, line feed, vertical tab, form feed, carriage return,
 * the Unicode space separators, the line and paragraph separators and the byte order mark. */
export function isJsSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Where the run of \s characters that starts at `i` ends: the first index from `i` on whose
 * character is not one (text.length if none). */
export function afterSpaces(text: string, i: number): number {
  while (i < text.length && isJsSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/** Where the run of \s characters that ends at `end` starts, going back no further than `floor`:
 * the length `text.slice(floor, end)` has once its end spaces are trimmed, plus `floor`. */
export function beforeSpaces(text: string, end: number, floor = 0): number {
  while (end > floor && isJsSpaceCode(text.charCodeAt(end - 1))) end--;
  return end;
}

/**
 * A test of one character of the Basic Multilingual Plane (by its code) against `re`, a class of
 * single characters such as /\p{Lu}/u. Each answer is learnt the first time that character is met.
 */
export function bmpCharTest(re: RegExp): (code: number) => boolean {
  const known = new Uint8Array(0x10000); // 0: not asked yet, 1: yes, 2: no
  return (code) => (known[code] || (known[code] = re.test(String.fromCharCode(code)) ? 1 : 2)) === 1;
}
