import { anyOf } from './vocab/any-of';

/**
 * A list of patterns asked only whether one of them matches, joined into one pattern per set of
 * flags among them: a text matches one of the joined exactly when it matches one of the list
 * (alternatives read under the same flags, none referring back to a group, match where one of them
 * does). The inner pass asks every short line of an article against a dozen caption and promo
 * lines, and each was a regex run of its own. A pattern that cannot be joined stays as it is.
 */
export function joinedByFlags(res: RegExp[]): RegExp[] {
  const groups = new Map<string, RegExp[]>();
  for (const re of res) {
    const group = groups.get(re.flags);
    if (group) group.push(re);
    else groups.set(re.flags, [re]);
  }
  return [...groups].flatMap(([flags, group]) => {
    // a global or sticky pattern keeps its place between tests: asked as it is
    if (group.length < 2 || /[gy]/.test(flags)) return group;
    const joined = anyOf(group);
    return joined && joined.flags === flags ? [joined] : group;
  });
}

/** Whether one of `joined` (from joinedByFlags) matches `text`. */
export function matchesOne(joined: RegExp[], text: string): boolean {
  for (const re of joined) if (re.test(text)) return true;
  return false;
}
