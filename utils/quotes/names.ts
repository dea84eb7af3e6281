import { MENTIONS, ROLE_MATCH } from './tuning';
import { isJsSpaceCode } from '../chars';
import { MONTH_NAME, WEEKDAY } from './time-words';
import { unnamedSource } from './speakers/unnamed-sources';
import { GROUP_NOUNS, HONORIFICS, NOT_NAME, ORG_WORDS, PRONOUNS, ROLE_NOUNS, TITLE_ROLES } from './roles';

// Who a subject phrase names, and the registry that turns later mentions ("Kanani", "he", "the
// spokesman") into the full name the article gave first.

export interface Entity {
  name: string;
  kind: 'person' | 'org' | 'group';
  role: string | null;
  /** Paragraph of first mention. */
  first: number;
}

export interface Mention {
  /** A proper name, a pronoun, a role phrase or an organisation, as written. */
  text: string;
  kind: 'name' | 'pronoun' | 'role' | 'org' | 'group';
  name: string | null;
  role: string | null;
  /** A description that may name a speaker or a thing ("the source", "a deal"): trusted only beside a quotation. */
  generic?: boolean;
}

const LEADING_OPENER =
  /^\(?(?:(?:and|but|so|yet|then|when|whenever|while|whereas|although|though|because|if|once|still|meanwhile|however|now|also|instead|as)\b\s*,?\s+)+/i;
// "BERLIN -- The European Space Agency says": a dateline is not part of the subject
export const DATELINE = /^[\p{Lu}]{2,}(?:[\s,]+[\p{Lu}][\p{L}.]*){0,3}\s*(?:\([^)]{1,20}\)\s*)?(?:--|—|–)\s*/u;
const CAP = /^[\p{Lu}][\p{L}\p{M}'’.-]*$/u;
const PARTICLE = /^(de|da|del|della|der|den|van|von|bin|ibn|al|el|la|le|du|dos|das|di|ten|ter|y|St\.?)$/;
const ACRONYM = /^[\p{Lu}]{2,6}s?$/u;
/** A day or month that follows a name in an adverbial of time ("on Twitter Tuesday", "Omar
 * January 5"); not "May" nor "June", which end names ("Theresa May"). */
const TIME_WORD_AFTER_NAME = new RegExp(
  `^(?:${WEEKDAY}|${MONTH_NAME.replace(/\|?\b(?:may|june)\b/g, '')}|today|yesterday|tonight)$`,
  'i',
);

/** A document from a named body: "a report from Kotak Institutional Equities", "a new study by the
 * Pew Research Center". */
const DOCUMENT_OF_BODY =
  /^(?:a|an|the)\s+(?:(?:new|recent|latest)\s+)?(?:report|statement|study|survey|analysis|note|letter|release|memo)\s+(?:from|by)\s+(?:the\s+)?([\p{Lu}][\p{L}\p{N}&.'’-]*(?:\s+(?:of|for|and|&|[\p{Lu}][\p{L}\p{N}&.'’-]*))*)$/u;

/** Words of NOT_NAME that are also first names. (Not the months: "May Smith" is more often "in May,
 * Smith".) */
const GIVEN_NAME_WORDS = new Set(['Will']);

/** The words of a phrase without the marks around them, and none left empty: one pass, where
 * splitting, stripping and filtering each built an array of every word of every phrase read. */
function bareWords(s: string): string[] {
  const ws: string[] = [];
  for (const w of s.split(/\s+/)) {
    const b = w && bare(w);
    if (b) ws.push(b);
  }
  return ws;
}

// (most words have no mark at either end: those are returned as they are, without a regex)
const TRAILING_MARKS = ',;:()"“”';
const LEADING_MARKS = '("“';
const bare = (w: string) =>
  w && !TRAILING_MARKS.includes(w[w.length - 1]) && !LEADING_MARKS.includes(w[0])
    ? w
    : w.replace(/[,;:()"“”]+$/g, '').replace(/^[("“]+/, '');

/** Whether a word is capitalised (CAP_WORD) and an organisation's word (ORG_WORD), by word: reading
 * a phrase asks both of the same words again and again, and an article's phrases share most of
 * their words. Emptied with the phrases read. */
const wordFlags = new Map<string, number>();
const CAP_WORD = 1;
const ORG_WORD = 2;

function flagsOf(w: string): number {
  let f = wordFlags.get(w);
  if (f === undefined) {
    const b = bare(w);
    f = (CAP.test(b) ? CAP_WORD : 0) | (ORG_WORDS.has(withoutOwner(b.toLowerCase())) || ACRONYM.test(b) ? ORG_WORD : 0);
    if (wordFlags.size >= READ_MENTIONS_MAX) wordFlags.clear();
    wordFlags.set(w, f);
  }
  return f;
}
/** A word without an owner's "'s": what .replace(/['’]s$/, '') gives, without trying the pattern
 * from every position of every word. */
const withoutOwner = (w: string) => (w.endsWith("'s") || w.endsWith('’s') ? w.slice(0, -2) : w);
const isCap = (w: string) => (flagsOf(w) & CAP_WORD) !== 0;
const isOrgWord = (w: string) => (flagsOf(w) & ORG_WORD) !== 0;

/** Phrases already read: registration, coreference and attribution read many of the same phrases
 * of an article, and reading is a pure function of the phrase. Emptied for each article (so a
 * benchmark's repeated runs of one page measure what a reader's one run costs) and when it grows
 * past a bound, so a long session's memory stays flat. */
const readMentions = new Map<string, Mention | null>();
const READ_MENTIONS_MAX = 5000;

/** Forgets the phrases read: called as an article's quotes are sought. */
export function forgetReadMentions(): void {
  readMentions.clear();
  wordFlags.clear();
}

/**
 * Reads a subject phrase: "CIA chief William Burns", "Iran's Foreign Ministry spokesperson Nasser
 * Kanani", "The Iranian Foreign Ministry spokesman", "He", "Iran's Foreign Ministry", "Kanaani".
 */
export function readMention(phrase: string): Mention | null {
  let m = readMentions.get(phrase);
  if (m === undefined) {
    if (readMentions.size >= READ_MENTIONS_MAX) readMentions.clear();
    readMentions.set(phrase, (m = readPhrase(phrase)));
  }
  return m && { ...m }; // (a copy: callers may add to what they are given)
}

function readPhrase(phrase: string): Mention | null {
  const p = subjectWords(phrase);
  if (!p || (NOT_NAME.has(p) && !PRONOUNS[p.toLowerCase()])) return null;
  const unnamed = unnamedSource(p);
  if (unnamed) return unnamed;
  const described = beforeRelativeClause(p);
  if (described) return described;
  // "said a report from Kotak Institutional Equities": a document speaks for the body that issued it
  const issued = DOCUMENT_OF_BODY.exec(p);
  if (issued) return { text: p, kind: 'org', name: issued[1], role: null };
  const ws = bareWords(p);
  if (!ws.length || ws.length > MENTIONS.maxWords) return null;
  if (/^(that|which|what|whether|if|it|this|there)$/i.test(ws[0]) && ws.length > 1) return null; // a clause, not a subject
  const lower = ws.map((w) => w.toLowerCase());
  if (ws.length === 1 && PRONOUNS[lower[0]]) return { text: p, kind: 'pronoun', name: null, role: null };
  // "Prosecutors alleged …": a group noun capitalised only because it opens the sentence
  if (ws.length === 1 && GROUP_NOUNS.has(lower[0])) return { text: p, kind: 'group', name: ws[0], role: null };

  const placed = groupInPlace(p, lower) ?? groupOnTopic(p, lower);
  if (placed) return placed;
  const affiliated = affiliatedPerson(p);
  if (affiliated) return affiliated;
  const institution = institutionName(ws);
  if (institution) return { text: p, kind: 'org', name: institution, role: null };

  const split = nameAndRole(ws, lower);
  if ('roleOnly' in split) return { text: p, kind: 'role', name: null, role: cleanRole(p) }; // "China’s ambassador to Britain"
  const { nameWords, roleWords } = split;
  const role = cleanRole(roleWords.join(' '));
  if (nameWords.length && !nameWords.some(isOrgWord) && !/['’]s$/.test(nameWords.at(-1)!)) {
    if (nameWords.length <= MENTIONS.nameMaxWords) return { text: p, kind: 'name', name: nameWords.join(' '), role };
  }
  return describedMention(p, ws, lower, nameWords);
}

/** Where a relative pronoun opens a clause inside a phrase (lowercase: "The Who" is a name). */
const RELATIVE_CLAUSE = /\s(?:who|whom|whose|which|that)\s/;

/**
 * "a senior official who asked not to be named", "a White House official who spoke on condition
 * of anonymity", "officials that oversee the port": a relative clause says something of the one
 * who speaks; the words before it name them. (An unnamed source's clause is its name, "a person
 * who has knowledge of the talks", and is read before.) Null when those words name no person or
 * people.
 */
function beforeRelativeClause(p: string): Mention | null {
  const at = p.search(RELATIVE_CLAUSE);
  const who = at > 0 ? readMention(p.slice(0, at)) : null;
  // (people, not a body: capitals before "that" make most clauses read as one, "Three people
  // have died during protests in Bolivia against the self-declared government that ousted …")
  return who && who.kind !== 'org' && who.kind !== 'pronoun' ? who : null;
}

/** "Experts on jail suicide", "Backers of tariffs", "Both sides": people speaking together, named by
 * what they are about (lowercase words after the group noun), or by "both". */
function groupOnTopic(p: string, lower: string[]): Mention | null {
  const k = lower[0] === 'both' ? 1 : 0;
  if (!GROUP_NOUNS.has(lower[k])) return null;
  const rest = p.split(/\s+/).slice(k + 1);
  if (rest.length && !(/^(on|of|for|against)$/.test(lower[k + 1]) && rest.slice(1).every((w) => /^[\p{Ll}]/u.test(w))))
    return null;
  if (!rest.length && !k) return null;
  return { text: p, kind: 'group', name: p.replace(/^both\s+/i, ''), role: null };
}

/** "authorities in Beijing", "Health authorities in China’s Inner Mongolia": people speaking
 * together where they are, not the place. */
function groupInPlace(p: string, lower: string[]): Mention | null {
  // the first word that is a group noun, when it is the first or the second and "in" follows it:
  // where "in" stands is read first (most phrases have none there), and not every word of every
  // phrase read is looked up
  const k = lower[1] === 'in' ? 0 : lower[2] === 'in' && !GROUP_NOUNS.has(lower[0]) ? 1 : -1;
  if (k < 0 || !GROUP_NOUNS.has(lower[k]) || !/^[\p{Lu}]/u.test(lower.length > k + 2 ? p.split(/\s+/)[k + 2] : ''))
    return null;
  return { text: p, kind: 'group', name: p.replace(/^(the|some|many|several)\s+/i, ''), role: null };
}

/** A name, then the body the person is with: "Terry Chapman with the International Union of
 * Operating Engineers", "Betsy Price of Fort Worth", "43-year-old Martin Taylor of Aberdeenshire",
 * "planetary geologist Rosaly Lopes of NASA's Jet Propulsion Laboratory". */
const AFFILIATED =
  /^((?:(?:a|an|the|[\p{Ll}\d][\p{L}\d'’-]*)\s+){0,4}(?:[\p{Lu}][\p{L}.'’-]*\s+){1,4}[\p{Lu}][\p{L}'’-]*),?\s+(with|of|from|at)\s+((?:the\s+)?[\p{Lu}][\s\S]*)$/u;

/** The word every AFFILIATED phrase holds between spaces: most phrases have none, and the pattern
 * is not tried on them. */
const AFFILIATION_WORD = /\s(?:with|of|from|at)\s/;

/** The person of "NAME with the BODY", who speaks, the body being their role; null when the words
 * before "with" are not a person's name ("Bank of America", "Joint Chiefs of Staff"). */
function affiliatedPerson(p: string): Mention | null {
  const m = AFFILIATION_WORD.test(p) ? AFFILIATED.exec(p) : null;
  if (!m) return null;
  const person = readMention(m[1]);
  if (person?.kind !== 'name' || !person.name || !m[1].trim().endsWith(person.name)) return null;
  // ("of" joins the words of many a body's name, "Joint Chiefs of Staff": only after a title or
  // a description, "43-year-old", or before "the" and a body, "Robin Biesbroek of the CDF")
  if (m[2] === 'of' && !person.role && !(/^the\s/i.test(m[3]) && !m[1].split(/\s+/).some(isOrgWord))) return null;
  return {
    text: p,
    kind: 'name',
    name: person.name,
    // ("Mayor of Fort Worth", but the body alone after a description: "43-year-old", "a survey by")
    role: cleanRole(m[2] === 'of' && person.role && endsWithTitle(person.role) ? `${person.role} of ${m[3]}` : m[3]),
  };
}

function endsWithTitle(role: string): boolean {
  const last = role.split(/\s+/).at(-1)!.toLowerCase().replace(/\.$/, '');
  return ROLE_NOUNS.has(last) || !!TITLE_ROLES[last];
}

/** The subject phrase without what is not part of who speaks. */
function subjectWords(phrase: string): string {
  // "When President Trump’s advisers", "But the company", "In a Tumblr post at the time she":
  // a clause opener or an opening circumstance is not part of who speaks
  // ("including a career Army officer who described …": the relative pronoun and "including" go)
  const opened = withoutEndMarks(phrase)
    .replace(DATELINE, '')
    .replace(LEADING_OPENER, '')
    .replace(/^(?:including|like|such as)\s+/i, '')
    .replace(/\s+(?:who|which)$/i, '');
  // "Rep. Brian Babin (R-TX)", "the Attorney General (NYAG)": a bracket after the name is not part of it
  // (the pattern may start anywhere, and is tried only on a phrase that ends with the bracket)
  const p = opened.endsWith(')') ? opened.replace(/\s*\([^()]{1,30}\)$/, '') : opened;
  const circumstance =
    /^(?:in|on|at|during|after|before|since|for|with|from|by|like)\s+(?:[\p{L}\d'’.-]+\s+){1,8}?(he|she|they|it|we|i)$/iu.exec(
      p,
    );
  return circumstance ? circumstance[1] : p;
}

/** `s` without the spaces, commas, semicolons and colons at either end: what
 * .trim().replace(/^[,;:\s]+|[,;:\s]+$/g, '') gives, read from the ends. */
function withoutEndMarks(s: string): string {
  const isMark = (c: number) => c === 0x2c || c === 0x3b || c === 0x3a || isJsSpaceCode(c);
  let start = 0;
  let end = s.length;
  while (start < end && isMark(s.charCodeAt(start))) start++;
  while (end > start && isMark(s.charCodeAt(end - 1))) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

/**
 * A phrase's name and the role words before it: the name is the trailing run of capitalised words
 * after the last role noun or lowercase word. `roleOnly`: a title after a preposition with no name
 * ("China’s ambassador to Britain").
 */
function nameAndRole(ws: string[], lower: string[]): { nameWords: string[]; roleWords: string[] } | { roleOnly: true } {
  // the name is the trailing run of capitalised words after the last role noun or lowercase word
  // (a capitalised role noun at the very end is a surname when a name word stands before it: "Ken Doctor")
  let i = ws.length;
  while (i > 0 && (isCap(ws[i - 1]) || (PARTICLE.test(ws[i - 1]) && i < ws.length))) {
    const surnameLike =
      i === ws.length &&
      i >= 2 &&
      isCap(ws[i - 2]) &&
      !ROLE_NOUNS.has(lower[i - 2]) &&
      !HONORIFICS.test(ws[i - 2]) &&
      !isOrgWord(ws[i - 2]);
    if ((ROLE_NOUNS.has(lower[i - 1]) || isRoleCompound(ws[i - 1])) && !surnameLike) break;
    if (HONORIFICS.test(ws[i - 1]) && i < ws.length) break; // "Republican Gov. Eric Holcomb": the title ends the role
    i--;
  }
  while (i < ws.length && PARTICLE.test(ws[i])) i++;
  let nameWords = ws.slice(i);
  let roleWords = ws.slice(0, i);
  // leading honorifics belong to the role ("President Donald Trump", "Dr. Jane Doe")
  while (nameWords.length > 1 && HONORIFICS.test(nameWords[0])) {
    roleWords = [...roleWords, nameWords[0]];
    nameWords = nameWords.slice(1);
  }
  // ("Will Moy", "Will Tjernlund": a first name that is also a word, when it opens the phrase
  // and a surname alone follows)
  // ("He Jianxiong": a capitalised pronoun right before a name word is a surname put first; a
  // pronoun is never part of a subject's name otherwise)
  const givenName =
    nameWords.length === 2 &&
    !roleWords.length &&
    (GIVEN_NAME_WORDS.has(nameWords[0]) ||
      (PRONOUNS[lower[0]] === 'person' && lower[0] !== 'i' && ws[0] === nameWords[0] && !NOT_NAME.has(nameWords[1])));
  while (!givenName && nameWords.length && NOT_NAME.has(nameWords[0])) nameWords = nameWords.slice(1);
  // "a letter posted on Twitter Tuesday": a day after a name dates the words, it is no part of the name
  while (nameWords.length && TIME_WORD_AFTER_NAME.test(nameWords.at(-1)!)) nameWords = nameWords.slice(0, -1);
  // "NASA’s Administrator Jim Bridenstine", "Sacramento-based McClatchy": the owner is not the name
  const cut = nameWords.findLastIndex(
    (w, k) => k < nameWords.length - 1 && (/['’]s$/.test(w) || /-(based|born|bred|owned|led)$/i.test(w)),
  );
  if (cut >= 0) {
    roleWords = [...roleWords, ...nameWords.slice(0, cut + 1)];
    nameWords = nameWords.slice(cut + 1);
    while (nameWords.length > 1 && HONORIFICS.test(nameWords[0])) {
      roleWords = [...roleWords, nameWords[0]];
      nameWords = nameWords.slice(1);
    }
  }
  // "ambassador to Britain Liu Xiaming", "Secretary of State Mike Pompeo": after a preposition, the
  // first capitalised words finish the title; a name keeps two words besides initials and suffixes
  const core = (ws2: string[]) =>
    ws2.filter((w) => !/^(\p{Lu}\.|Jr\.?|Sr\.?|II|III|IV)$/u.test(w) && !PARTICLE.test(w)).length;
  const afterPrep = /^(to|of|for|at|in|from|with|on)$/i.test(roleWords.at(-1) ?? '');
  while (nameWords.length > 2 && core(nameWords) > 2 && (afterPrep || isOrgWord(nameWords[0]))) {
    roleWords = [...roleWords, nameWords[0]];
    nameWords = nameWords.slice(1);
  }
  if (afterPrep && core(nameWords) < 2 && roleWords.some((w) => ROLE_NOUNS.has(w.toLowerCase()))) {
    return { roleOnly: true };
  }
  // "Browns DL Sheldon Richardson", "CBS News Jane Doe": a team, outlet or unit before a name is its role
  const lastOrg = nameWords.findLastIndex((w) => isOrgWord(w));
  if (
    lastOrg >= 0 &&
    nameWords.length - lastOrg - 1 >= 2 &&
    nameWords.length - lastOrg - 1 <= 4 &&
    !nameWords.slice(lastOrg + 1).some((w) => isOrgWord(w) || ROLE_NOUNS.has(w.toLowerCase()))
  ) {
    roleWords = [...roleWords, ...nameWords.slice(0, lastOrg + 1)];
    nameWords = nameWords.slice(lastOrg + 1);
  }
  return { nameWords, roleWords };
}

/** "Singer-guitarists", "Actor-director": a capitalised role noun joined to a lowercase one is a
 * role before a name, not part of it. */
function isRoleCompound(w: string): boolean {
  const m = /^([\p{Lu}][\p{Ll}]+)-[\p{Ll}]+$/u.exec(w);
  return !!m && ROLE_NOUNS.has(m[1].toLowerCase());
}

/** A phrase that names no person: a group, an organisation, a role or a description of a source. */
function describedMention(p: string, ws: string[], lower: string[], nameWords: string[]): Mention | null {
  // people speaking together: "Federal prosecutors", "Officials", "Prison union representatives"
  const last = lower.at(-1)!;
  if (GROUP_NOUNS.has(last) && !nameWords.length) {
    return {
      text: p,
      kind: 'group',
      name: p.replace(GROUP_COUNT, ''),
      role: null,
    };
  }
  // organisations: "Iran's Foreign Ministry", "The Pentagon", "the White House", "Tehran"
  if (
    ws.some(isCap) &&
    (ws.some(isOrgWord) || (ws.length <= 4 && ws.every((w) => isCap(w) || /^(of|the|for|and|de)$/i.test(w))))
  ) {
    const org = ws
      .join(' ')
      .replace(/^the\s+/i, (m) => (/^The/.test(m) && ws.length > 1 && ws.slice(1).every(isCap) ? '' : m));
    if (ws.some((w) => ROLE_NOUNS.has(w.toLowerCase())))
      return { text: p, kind: 'role', name: null, role: cleanRole(p) };
    return { text: p, kind: 'org', name: org.replace(/^the\s+/i, ''), role: null };
  }
  const withBody = roleWithBody(p);
  if (withBody) return withBody;
  const head = lower.at(-1)!;
  if (ROLE_NOUNS.has(head) || ROLE_NOUNS.has(head.replace(/s$/, ''))) {
    if (
      /^(officials|analysts|experts|economists|researchers|residents|critics|supporters|officers|lawmakers|leaders)$/.test(
        head,
      )
    ) {
      return { text: p, kind: 'group', name: p.replace(/^(the|some|many|several)\s+/i, ''), role: null };
    }
    return { text: p, kind: 'role', name: null, role: cleanRole(p) };
  }
  if (
    /^(the\s+)?(company|ministry|agency|department|government|administration|group|organization|organisation|team|club|league|party|police|committee|firm|bank|court|report|study|statement|office|network|union)$/i.test(
      p,
    )
  ) {
    return { text: p, kind: 'role', name: null, role: p.replace(/^the\s+/i, '') };
  }
  if (
    /^((western|european|arab|american|iranian|russian|chinese)\s+)?(countries|nations|governments|officials|authorities|leaders|critics|observers|analysts|experts|sources|residents|protesters|lawmakers|activists|diplomats|investigators|prosecutors|police|doctors|scientists|researchers|witnesses|people)$/i.test(
      p,
    )
  ) {
    return { text: p, kind: 'group', name: p, role: null };
  }
  // any other definite description of a source: "the source", "one Weibo commenter", "a witness"
  if (
    /^(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{L}-]+\s+){0,2}[\p{Ll}][\p{L}-]+$/u.test(p) &&
    !/^(the|a|an|one|another)\s+(same|other|first|last|next|latter|former|way|time|thing|fact|idea|case|day|week|year|move|decision|report)$/i.test(
      p,
    ) &&
    !/\s(who|which|that|what|whom|whose)$/i.test(p)
  ) {
    return { text: p, kind: 'role', name: null, role: cleanRole(p), generic: true };
  }
  return null;
}

/** A lowercase role phrase, then the body or the people it is with, in lowercase words: "a
 * spokesman | for the city council", "an official | with the state health department". */
const ROLE_WITH_BODY =
  /^((?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+)\s+(?:for|of|at|with|from|in)\s+(?:[\p{Ll}'’-]+\s+){0,3}[\p{Ll}'’-]+$/u;

/**
 * "a spokesman for the city council", "officials at the agency", "a lawyer for the family": a role
 * noun (or people speaking together) with what they are with is who speaks, as the capitalised
 * "a spokesman for Amazon" is; the phrase is their role.
 */
function roleWithBody(p: string): Mention | null {
  const m = ROLE_WITH_BODY.exec(p);
  const who = m && readMention(m[1]);
  if (!who || !ROLE_NOUNS.has(m[1].slice(m[1].lastIndexOf(' ') + 1))) return null;
  if (who.kind === 'group') return { text: p, kind: 'group', name: p.replace(GROUP_COUNT, ''), role: null };
  return who.kind === 'role' && !who.generic ? { text: p, kind: 'role', name: null, role: cleanRole(p) } : null;
}

/** The words before a group noun that count or quantify it, not name it. */
const GROUP_COUNT = /^(the|some|many|several|other|a number of|a group of|two|three|four|five|both)\s+/i;

/** The small words inside an institution's name, as written (lowercase). */
const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'on', 'de', 'du', 'des', 'in']);
const isConnector = (w: string) => CONNECTORS.has(w);

/**
 * An institution's name with its small words: "the Chinese Center for Disease Control and
 * Prevention", "United Nations High Commissioner for Human Rights", "NASA’s Office of the
 * Inspector General". Only when its first part names an institution (an organisation word), so
 * that "Secretary of State Mike Pompeo" is still a title and a name.
 */
function institutionName(ws: string[]): string | null {
  // (the name must hold a small word: most phrases read have none, and their words are not walked)
  if (!ws.some(isConnector)) return null;
  let i = ws.length;
  while (
    i > 0 &&
    (isCap(ws[i - 1]) ||
      (isConnector(ws[i - 1]) && i < ws.length && i > 1 && (isCap(ws[i - 2]) || isConnector(ws[i - 2]))))
  )
    i--;
  while (i < ws.length && isConnector(ws[i])) i++;
  const run = ws.slice(i);
  const firstConnector = run.findIndex(isConnector);
  if (firstConnector <= 0 || run.length > 10) return null;
  const head = run.slice(0, firstConnector);
  if (!head.some((w) => isOrgWord(w) && !ACRONYM.test(bare(w)))) return null;
  return run.join(' ');
}

/** A role phrase without its article ("former" and "then" stay) and the commas and spaces around it. */
function cleanRole(s: string): string | null {
  if (!s) return null; // (most phrases read give no role words at all)
  const r = withoutTrailingCommas(s.replace(/^(?:the|a|an)\s+/i, '')).trim();
  return r && /[\p{L}]/u.test(r) && r.split(/\s+/).length <= 10 ? r : null;
}

/** `s` without the commas and spaces it ends with: what .replace(/[,\s]+$/, '') gives, read from the
 * end rather than tried from every position. */
function withoutTrailingCommas(s: string): string {
  let end = s.length;
  while (end > 0 && (s.charCodeAt(end - 1) === 0x2c || isJsSpaceCode(s.charCodeAt(end - 1)))) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** What a reader of the article's names sees of the registry at one moment (see asItStands). */
export interface RegistryView {
  byName(name: string): Entity | null;
  bySurname(word: string): Entity | null;
  /** Each entity registered by then, with its role then. */
  readonly roles: readonly { e: Entity; role: string | null }[];
}

function listUnder(m: Map<string, Entity[]>, w: string, e: Entity): void {
  const list = m.get(w);
  if (list) list.push(e);
  else m.set(w, [e]);
}

export class SpeakerRegistry {
  readonly entities: Entity[] = [];
  /** The last speaker and the last person named, for pronouns and floating quotes. */
  lastSpeaker: Entity | null = null;
  lastPerson: Entity | null = null;

  constructor(private readonly aliasOf: (name: string) => string | null = () => null) {}

  /** Registers a full name seen in the article (with the role the article gives it). */
  addPerson(name: string, role: string | null, paragraph: number): Entity {
    const existing = this.byName(name) ?? this.byLaterWords(name);
    if (existing) {
      if (!existing.role && role) existing.role = role;
      return existing;
    }
    const e: Entity = { name, kind: 'person', role, first: paragraph };
    this.entities.push(e);
    return e;
  }

  // Lookups by name, by a later word of a name and by a first word, in the order entities were
  // added; entities are only ever appended (some callers push directly), so the index catches up
  // with the array on each lookup instead of scanning every entity every time.
  private readonly index = {
    size: 0,
    /** Where each entity stands in `entities`. */
    position: new Map<Entity, number>(),
    byName: new Map<string, Entity>(),
    byLaterWord: new Map<string, Entity[]>(),
    byFirstWord: new Map<string, Entity[]>(),
  };

  private indexed() {
    const ix = this.index;
    for (; ix.size < this.entities.length; ix.size++) {
      const e = this.entities[ix.size];
      ix.position.set(e, ix.size);
      const lower = e.name.toLowerCase();
      if (!ix.byName.has(lower)) ix.byName.set(lower, e);
      const words = lower.split(/\s+/);
      listUnder(ix.byFirstWord, words[0], e);
      // (each later word once, in order: a name seldom repeats one, and no set is built for it)
      for (let k = 1; k < words.length; k++)
        if (words.indexOf(words[k], 1) === k) listUnder(ix.byLaterWord, words[k], e);
    }
    return ix;
  }

  /** The organisation or group of that name, registered the first time it speaks or is named. */
  addBody(name: string, kind: 'org' | 'group', paragraph: number): Entity {
    const existing = this.byName(name);
    if (existing) return existing;
    const e: Entity = { name, kind, role: null, first: paragraph };
    this.entities.push(e);
    return e;
  }

  byName(name: string): Entity | null {
    return this.indexed().byName.get(name.toLowerCase()) ?? null;
  }

  /**
   * The registry as it stands now, for a reader made later (the coreference, read only when a
   * pronoun is first resolved): its lookups see only the entities registered by now, and each
   * entity's role as it is now, however the speakers credited in between add to the registry.
   */
  asItStands(): RegistryView {
    const within = this.entities.length;
    const before = (e: Entity | null) => (e && this.indexed().position.get(e)! < within ? e : null);
    return {
      // (the first entity of a name is the one a lookup gives: one added later never hides it)
      byName: (name) => before(this.byName(name)),
      bySurname: (word) => this.bySurname(word, within),
      roles: this.entities.map((e) => ({ e, role: e.role })),
    };
  }

  /** A person named before by a fuller name that ends with these words: "Van Der Beek" after
   * "James Van Der Beek" is the same man, not a second person. */
  private byLaterWords(name: string): Entity | null {
    const words = name.toLowerCase().split(/\s+/);
    if (words.length < 2) return null;
    const tail = ` ${words.join(' ')}`;
    return (
      (this.indexed().byLaterWord.get(words[0]) ?? []).find(
        (e) => e.kind === 'person' && e.name.toLowerCase().endsWith(tail),
      ) ?? null
    );
  }

  /** A later, shorter mention ("Kanani", "Mr. Kanani", "Burns") resolved to a full name. */
  bySurname(word: string, within = Infinity): Entity | null {
    const w = word.toLowerCase().replace(/['’]s$/, '');
    const ix = this.indexed();
    // (`within`: only the first entities registered, in a view of the registry as it stood)
    const person = (e: Entity) => e.kind === 'person' && (within === Infinity || ix.position.get(e)! < within);
    const hits = (ix.byLaterWord.get(w) ?? []).filter(person);
    // a full name before a title and surname ("Donald Trump" before "President Trump")
    if (hits.length) return hits.find((e) => !HONORIFICS.test(e.name.split(/\s+/)[0])) ?? hits[0];
    // a first name alone ("Jose"), never an initialism: "(AP)" is not "Ap National Security Writer"
    if (ACRONYM.test(word)) return null;
    return (ix.byFirstWord.get(w) ?? []).find(person) ?? null;
  }

  /** The person whose role matches a role phrase ("the spokesman" → the spokesman named earlier). */
  byRole(rolePhrase: string): Entity | null {
    // the head is the last role noun ("China’s ambassador to Britain" is an ambassador)
    const lowered = rolePhrase
      .toLowerCase()
      .split(/\s+/)
      .map((w) => w.replace(/[^\p{L}-]/gu, ''));
    const head = lowered.findLast((w) => ROLE_NOUNS.has(w)) ?? lowered.at(-1)!;
    const words = new Set(rolePhrase.toLowerCase().split(/\s+/));
    let best: Entity | null = null;
    let bestScore = 0;
    for (const e of this.entities) {
      if (!e.role) continue;
      // (the noun of a compound too: the "co-founder" is a founder)
      const rw = e.role
        .toLowerCase()
        .split(/\s+/)
        .map((w) => TITLE_ROLES[w.replace(/\.$/, '')] ?? w)
        .flatMap((w) => (/^(co|vice|deputy|ex)-/.test(w) ? [w, w.replace(/^[a-z]+-/, '')] : [w]));
      // (a stem for a long head, "spokes…"; a short one only whole: "rep" is no "report")
      if (!rw.includes(head) && !(head.length >= 5 && rw.some((w) => w.startsWith(head.slice(0, 6))))) continue;
      // ("the president" is the one called President rather than "the president of the Federal
      // Reserve Bank of New York": a role the mention does not qualify as the entity's is)
      const qualifies = (ws: string[]) => ws.some((w, k) => k > 0 && ws[k - 1] === head && /^(of|for|at)$/.test(w));
      const mismatch = qualifies(rw) !== qualifies(lowered) ? ROLE_MATCH.unqualifiedPenalty : 0;
      const score = rw.filter((w) => words.has(w)).length + 1 - mismatch;
      if (score > bestScore || (score === bestScore && e === this.lastSpeaker)) {
        best = e;
        bestScore = score;
      }
    }
    return best;
  }
}
