import { GROUP_NOUNS, HONORIFICS, ORG_WORDS, ROLE_NOUNS } from '../quotes/roles';

// Who a quote's speaker is, read from the name and role the analysis gives it, in a form that can
// be compared across articles: a person's given name, middle initials and surname; an
// organisation's words; or a group or description ("officials", "the patient") that names no one
// in particular. Spellings are reduced to a skeleton so that transliterations meet: "Kanaani" and
// "Kanani" are both "kanani".

export type SpeakerKind = 'person' | 'org' | 'group' | 'none';

export interface SpeakerId {
  kind: SpeakerKind;
  /** Skeleton of the first given name, or of its initial; null when only a surname is given. */
  given: string | null;
  /** First letters of middle names and initials. */
  middle: string[];
  /** Skeleton of the surname (a person), or null. */
  surname: string | null;
  /** "jr", "sr", "ii", … */
  suffix: string | null;
  /** An organisation's or group's words (folded, no possessive). */
  words: string[];
  /** The role's words that name something ("cia", "foreign", "ministry"), not generic titles. */
  roleWords: string[];
}

const SUFFIX = /^(jr|sr|ii|iii|iv)\.?$/i;
const PARTICLE = /^(de|da|del|della|der|den|van|von|bin|ibn|al|el|la|le|du|dos|das|di|ten|ter)$/;
// "South Dakota", "Fort Worth", "Sioux Falls": places that speak for their institutions
const PLACE_OPENER = /^(north|south|east|west|new|fort|san|santa|los|las|saint|st|port|lake|mount|sioux)$/;
const ACRONYM = /^\p{Lu}{2,6}s?$/u;
const SMALL = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', 'a', 'an', 'de', 'with', 'according']);

/** Lower case ASCII letters only: "Kanaani’s" → "kanaanis", "Müller" → "muller". */
export function fold(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/[^a-z0-9]/g, '');
}

/**
 * A spelling skeleton: transliteration variants that English-language outlets alternate between
 * are made one ("ph"/"f", "y"/"i", "ou"/"u", "q"/"k", doubled letters), so "Kanaani" and "Kanani",
 * "Yousef" and "Yusef" meet.
 */
export function skeleton(word: string): string {
  return fold(word)
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/q/g, 'k')
    .replace(/dh/g, 'd')
    .replace(/y/g, 'i')
    .replace(/ou|oo/g, 'u')
    .replace(/ee/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

const memo = new Map<string, SpeakerId>();

/** Reads a speaker's name and role (memoised: the same names come back for every candidate). */
export function readSpeaker(name: string | null, role: string | null): SpeakerId {
  const key = `${name ?? ''}\u0000${role ?? ''}`;
  let id = memo.get(key);
  if (!id) {
    if (memo.size > 50_000) memo.clear();
    id = parseSpeaker(name, role);
    memo.set(key, id);
  }
  return id;
}

const NONE: SpeakerId = {
  kind: 'none',
  given: null,
  middle: [],
  surname: null,
  suffix: null,
  words: [],
  roleWords: [],
};

function parseSpeaker(rawName: string | null, role: string | null): SpeakerId {
  let name = (rawName ?? '')
    .replace(/^\s*(according to|the)\s+/i, '')
    .replace(/[,;:.\s]+$/, '')
    .trim();
  const extraRole: string[] = [];
  // "Owen Dempsey of the Aberdeen Royal Infirmary in the UK": a person and where they work
  const affiliation =
    /^((?:\p{Lu}[\p{L}.'’-]*\s+){1,4}\p{Lu}[\p{L}'’-]*)\s*(?:,|\bof\b|\bwith\b|\bfrom\b|\bat\b)\s*(.+)$/u.exec(name);
  if (affiliation && !tokens(affiliation[1]).some(isOrgWord)) {
    name = affiliation[1];
    extraRole.push(affiliation[2]);
  }
  const roleWords = significantWords([role ?? '', ...extraRole].join(' '));
  const ws = tokens(name);
  if (!ws.length || !/\p{L}/u.test(name)) return NONE;
  if (/^\p{Ll}/u.test(ws[0]) && !PARTICLE.test(ws[0])) return body('group', name, roleWords);
  // "Western countries", "NASA's scientists": people speaking together, no one in particular
  if (GROUP_NOUNS.has(fold(ws[ws.length - 1]))) return body('group', name, roleWords);
  if (isOrganisation(ws)) return body('org', name, roleWords);
  // leading titles and role nouns belong to the role: "President Trump", "Singer-guitarists Tom Johnston"
  let start = 0;
  while (start < ws.length - 1 && isTitle(ws[start])) start++;
  let end = ws.length;
  let suffix: string | null = null;
  if (end - start > 1 && SUFFIX.test(ws[end - 1])) suffix = fold(ws[--end]);
  const nameWords = ws.slice(start, end).filter((w) => !PARTICLE.test(w));
  if (!nameWords.length || fold(nameWords[nameWords.length - 1]).length < 2) return NONE;
  if (nameWords.length > 4) return body('group', name, roleWords);
  const surname = skeleton(nameWords[nameWords.length - 1]);
  const given = nameWords.length > 1 ? skeleton(nameWords[0]) : null;
  const middle = nameWords.slice(1, -1).map((w) => fold(w)[0]);
  return { kind: 'person', given, middle, surname, suffix, words: [], roleWords };
}

function body(kind: 'org' | 'group', name: string, roleWords: string[]): SpeakerId {
  return { ...NONE, kind, words: significantWords(name), roleWords };
}

function tokens(s: string): string[] {
  return s
    .split(/\s+/)
    .map((w) => w.replace(/^[("“']+|[)"”,;:]+$/g, ''))
    .filter(Boolean);
}

/**
 * An organisation or a place: an organisation word after the first word ("Foreign Ministry", "Fort
 * Worth Police Department"; "Bill Clinton" is a person), an acronym, a name with small words in it
 * ("Centre for Disease Control"), or a place ("South Dakota").
 */
function isOrganisation(ws: string[]): boolean {
  if (ws.length === 1) return isOrgWord(ws[0]);
  if (ws.slice(1).some(isOrgWord) || ws.some(isAcronym)) return true;
  if (ws.some((w) => /^(of|for|and|the)$/.test(w))) return true;
  return ws.length <= 3 && PLACE_OPENER.test(ws[0].toLowerCase());
}

const isAcronym = (w: string) => ACRONYM.test(w.replace(/['’]s$/, '')) && !SUFFIX.test(w);

function isOrgWord(w: string): boolean {
  const f = fold(w);
  return ORG_WORDS.has(f) || isAcronym(w);
}

function isTitle(w: string): boolean {
  return HONORIFICS.test(w) || w.split('-').some((part) => ROLE_NOUNS.has(fold(part).replace(/s$/, '')));
}

/** Words of a name or role that pick out something: no small words, no generic titles or groups. */
export function significantWords(phrase: string): string[] {
  const out: string[] = [];
  for (const w of tokens(phrase)) {
    const f = fold(w);
    if (f.length < 2 || SMALL.has(f) || HONORIFICS.test(w) || ROLE_NOUNS.has(f) || GROUP_NOUNS.has(f)) continue;
    if (!out.includes(f)) out.push(f);
  }
  return out;
}
