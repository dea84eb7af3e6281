// One pattern that matches wherever one of several does: a single test that rules out most texts
// before each pattern is run. Most links of a page point at none of the kinds the vocabularies
// know, and one test of their target costs less than ten.

/**
 * A pattern matching exactly the texts one of `res` matches, or null when they cannot be joined
 * safely. Their sources are joined as alternatives, each in a group of its own, under the flags they
 * share. Not joined: patterns whose flags differ (other than g, y, d), since a flag can make a
 * pattern match less as well as more (`/^[^a-z]+$/` read ignoring case rejects "ABC", `/a(?!.)/s`
 * rejects "a\nb"), or that refer back to a group (by number, which joining would change, or by a
 * name two may share).
 */
export function anyOf(res: RegExp[]): RegExp | null {
  if (!res.length) return null;
  const flags = res[0].flags.replace(/[gyd]/g, '');
  if (res.some((re) => re.flags.replace(/[gyd]/g, '') !== flags || /\\[1-9]|\\k</.test(re.source))) return null;
  try {
    return new RegExp(res.map((re) => `(?:${re.source})`).join('|'), flags);
  } catch {
    return null;
  }
}
