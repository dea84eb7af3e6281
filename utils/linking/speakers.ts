import { distance } from 'fastest-levenshtein';
import { readSpeaker, skeleton, type SpeakerId } from './names';
import { LINK_DEFAULTS } from './tunables';

// Whether two articles' speakers are the same one. Outlets spell names differently ("Kanaani" and
// "Kanani", "Willian Burnsm" and "William Burns"), shorten them ("Noem", "Tim Morrison" for
// "Timothy Morrison"), or credit a spokesperson's words to the body they speak for ("Iran's Foreign
// Ministry"). But a shared surname is not a shared person: "Scott Morrison" is not "Tim Morrison",
// so two given names that cannot be the same name keep two people apart whatever else agrees.

export type SpeakerAgreement =
  /** The same person (full names that agree) or the same organisation. */
  | 'same'
  /** A surname alone, or a name spelt differently: the same person when the story agrees. */
  | 'likely'
  /** A person whose role names the organisation the other side credits ("Foreign Ministry spokesman"). */
  | 'speaks-for'
  /** One side names no one that can be compared: a group, a description, nobody. */
  | 'unknown'
  | 'different';

export interface SpeakerLike {
  name: string | null;
  role: string | null;
}

/** Short forms of given names that are not their prefix ("Bill" is William; "Tim" is a prefix of Timothy). */
const NICKNAME_LIST: Record<string, string> = {
  william: 'bill billy will willy liam',
  robert: 'bob bobby rob robbie bert',
  richard: 'dick rick ricky rich',
  james: 'jim jimmy jamie',
  michael: 'mike mikey mick',
  edward: 'ted teddy ed eddie ned',
  theodore: 'ted teddy theo',
  anthony: 'tony',
  antony: 'tony',
  joseph: 'joe jo',
  john: 'jack johnny jon',
  charles: 'chuck charlie chaz',
  margaret: 'peggy maggie meg marge',
  elizabeth: 'liz lizzie beth betsy bess eliza',
  katherine: 'kate katie kathy kat',
  catherine: 'kate katie cathy cat',
  kathleen: 'kathy kate',
  susan: 'sue susie',
  thomas: 'tom tommy',
  henry: 'harry hank',
  lawrence: 'larry',
  stephen: 'steve stevie',
  steven: 'steve stevie',
  andrew: 'andy drew',
  matthew: 'matt',
  nicholas: 'nick nicky',
  patricia: 'pat patty trish',
  alexander: 'alex sasha sandy',
  jennifer: 'jen jenny',
  daniel: 'dan danny',
  samuel: 'sam sammy',
  benjamin: 'ben benny',
  jonathan: 'jon jonny',
  christopher: 'chris kris',
  gregory: 'greg',
  douglas: 'doug',
  donald: 'don donny',
  ronald: 'ron ronnie',
  gerald: 'jerry gerry',
};
const NICKNAMES = new Map<string, Set<string>>(
  Object.entries(NICKNAME_LIST).map(([full, short]) => [skeleton(full), new Set(short.split(' ').map(skeleton))]),
);

/** How two speakers compare (the order of the arguments does not matter). */
export function compareSpeakers(a: SpeakerLike, b: SpeakerLike): SpeakerAgreement {
  const x = readSpeaker(a.name, a.role);
  const y = readSpeaker(b.name, b.role);
  if (x.kind === 'none' || y.kind === 'none' || x.kind === 'group' || y.kind === 'group') return 'unknown';
  if (x.kind === 'person' && y.kind === 'person') return comparePeople(x, y);
  if (x.kind === 'org' && y.kind === 'org') return sameWords(x.words, y.words) ? 'same' : 'different';
  const [org, person] = x.kind === 'org' ? [x, y] : [y, x];
  return org.words.length && org.words.every((w) => person.roleWords.some((r) => sameWord(w, r)))
    ? 'speaks-for'
    : 'different';
}

function comparePeople(x: SpeakerId, y: SpeakerId): SpeakerAgreement {
  const surname = similarSpelling(x.surname!, y.surname!);
  if (!surname) return 'different';
  if (x.suffix && y.suffix && x.suffix !== y.suffix) return 'different';
  if (!x.given || !y.given) return 'likely';
  const given = compatibleGiven(x.given, y.given);
  if (!given) return 'different';
  if (x.middle.length && y.middle.length && x.middle[0] !== y.middle[0]) return 'different';
  // two spellings at once ("Willian Burnsm") need the roles to agree to be certain
  if (surname === 'fuzzy' && given === 'fuzzy' && !rolesAgree(x, y)) return 'likely';
  return surname === 'fuzzy' && !rolesAgree(x, y) ? 'likely' : 'same';
}

type Spelling = 'exact' | 'fuzzy' | null;

/** Equal skeletons, or one letter apart in a name long enough for that to be a misspelling. */
function similarSpelling(a: string, b: string): Spelling {
  if (a === b) return 'exact';
  const shorter = Math.min(a.length, b.length);
  if (shorter < LINK_DEFAULTS.fuzzyNameMinLength) return null;
  const allowed = shorter >= LINK_DEFAULTS.fuzzyNameTwoEditsLength ? 2 : 1;
  return distance(a, b) <= allowed ? 'fuzzy' : null;
}

function compatibleGiven(a: string, b: string): Spelling {
  if (a === b) return 'exact';
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === 1) return long[0] === short ? 'exact' : null; // an initial
  if (short.length >= 3 && long.startsWith(short)) return 'exact'; // "Tim" and "Timothy"
  if (NICKNAMES.get(long)?.has(short)) return 'exact';
  return similarSpelling(a, b);
}

function rolesAgree(x: SpeakerId, y: SpeakerId): boolean {
  return x.roleWords.some((w) => y.roleWords.some((v) => sameWord(w, v)));
}

/** One set of an organisation's words holds the other's ("Border Protection", "Customs and Border Protection"). */
function sameWords(a: string[], b: string[]): boolean {
  if (!a.length || !b.length) return false;
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  return small.every((w) => large.some((v) => sameWord(w, v)));
}

/** "iran" and "iranian", "ministry" and "ministry": equal, or one a prefix of four letters or more of the other. */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  return s.length >= 4 && l.startsWith(s);
}

/**
 * The keys the index files a speaker under, so that any two speakers `compareSpeakers` might call
 * the same share at least one: a surname's spelling with each letter left out in turn (two
 * spellings one edit apart always share one such form), and the first four letters of each word of
 * an organisation's name or of a person's role (so "Iran's Foreign Ministry" finds the ministry's
 * spokesman). Groups and nobody get no key: only their exact words can link them.
 */
export function speakerKeys(s: SpeakerLike): string[] {
  const id = readSpeaker(s.name, s.role);
  const keys = new Set<string>();
  if (id.kind === 'person') {
    const name = id.surname!;
    keys.add(`n:${name}`);
    if (name.length >= LINK_DEFAULTS.fuzzyNameMinLength) {
      for (const d of deletions(name)) {
        keys.add(`n:${d}`);
        if (name.length >= LINK_DEFAULTS.fuzzyNameTwoEditsLength) for (const dd of deletions(d)) keys.add(`n:${dd}`);
      }
    }
  }
  if (id.kind === 'person' || id.kind === 'org')
    for (const w of [...id.words, ...id.roleWords]) keys.add(`o:${w.slice(0, 4)}`);
  return [...keys];
}

function deletions(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.slice(0, i) + s.slice(i + 1));
  return out;
}

/** Whether two speakers can be compared at all: a person or an organisation, not a group or nobody. */
export function isNamed(s: SpeakerLike): boolean {
  const kind = readSpeaker(s.name, s.role).kind;
  return kind === 'person' || kind === 'org';
}

const CANON_SEP = '\u001f';

/** One string per way a speaker is written (name and role), under which the index files their statements. */
export function speakerCanon(s: SpeakerLike): string {
  const norm = (x: string | null) => (x ?? '').replace(/\s+/g, ' ').trim();
  return `${norm(s.name)}${CANON_SEP}${norm(s.role)}`;
}

/** The name and role a canon was made from (its inverse, for comparing without the record). */
export function speakerOfCanon(canon: string): SpeakerLike {
  const at = canon.indexOf(CANON_SEP);
  return { name: canon.slice(0, at) || null, role: canon.slice(at + 1) || null };
}
