// One pattern that matches wherever one of several does: a single test that rules out most texts
// before each pattern is run. Most links of a page point at none of the kinds the vocabularies
// know, and one test of their target costs less than ten.

/**
 * A pattern matching every text that one of `res` matches (perhaps more), or null when they cannot
 * be joined safely. Their sources are joined as alternatives, each in a group of its own; the flags
 * are the union of theirs (ignoring case, multi-line and dot-all only let a pattern match more).
 * Not joined: patterns that differ in the u or v flag (the source reads differently under them),
 * or that refer back to a group (by number, which joining would change, or by a name two may share).
 */
export function anyOf(res: RegExp[]): RegExp | null {
  if (!res.length) return null;
  const unicode = (re: RegExp) => `${re.unicode}${re.unicodeSets}`;
  if (res.some((re) => unicode(re) !== unicode(res[0]) || /\\[1-9]|\\k</.test(re.source))) return null;
  const flags = [...new Set(res.flatMap((re) => [...re.flags.replace(/[gyd]/g, '')]))].join('');
  try {
    return new RegExp(res.map((re) => `(?:${re.source})`).join('|'), flags);
  } catch {
    return null;
  }
}
