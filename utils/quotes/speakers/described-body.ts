import { matchesFromCapitals, matchesOf } from '../matches';
import { escapeRegExp } from '../../regexp';
import { NOT_NAME, ORG_WORDS } from '../roles';
import { BODIES } from '../tuning';
import { formTree } from '../form-tree';

// "the company said", "the agency says", "the production company said": news copy calls an
// organisation by what it is once it has named it. The description stands for the organisation
// the article names as such: in apposition ("The group, WeWorkers Coalition, …"), by a name that
// ends with the description's own words ("the utilities commission" for "California Public
// Utilities Commission", "the production company" for "Dick Clark Productions"), or, for the
// plainest descriptions, the organisation the article names most ("the agency" in a NASA story).

/** A definite description of a body: "the company", "The utilities commission", "its label". */
// (no "i" flag: with it \p{Ll} matches capitals too, and "The French foreign ministry" is named)
const DESCRIPTION = /^(?:[Tt]he|[Ii]ts)\s+((?:[\p{Ll}-]+\s+){0,2})([\p{Ll}]+)$/u;

/** The descriptions' heads: what an organisation is called once it is named. */
const BODY_HEADS = new Set(
  `company firm agency group brokerage commission organization organisation label network union coalition
  utility publisher retailer carrier airline automaker carmaker startup bank ministry department office
  committee council authority board bureau club league`.split(/\s+/),
);

/** Heads so plain that any organisation fits them: the article's most named one is meant. */
const PLAIN_HEADS = new Set(['company', 'firm', 'agency', 'group', 'organization', 'organisation', 'brokerage']);

const CAP_WORD = "[\\p{Lu}][\\p{L}\\p{M}'’.&-]*[\\p{L}\\p{M}]";
/** A name: capitalised words, with the small words names carry inside ("Office of Emergency Services"). */
const NAME = `${CAP_WORD}(?:\\s+(?:(?:of|for|and|the|&)\\s+)*${CAP_WORD}){0,6}`;
const NAME_RE = new RegExp(`^${NAME}$`, 'u');

/** "The group, WeWorkers Coalition, formed …", "The company that runs the AMAs, Dick Clark Productions, denies". */
const APPOSED_AFTER = new RegExp(
  `\\b(?:[Tt]he|[Ii]ts|[Hh]er|[Hh]is|[Tt]heir)\\s+(?:[\\p{Ll}-]+\\s+){0,3}?([\\p{Ll}]+)(?:\\s+(?:that|which)\\s+[^,.;]{1,80})?,\\s+(${NAME})(?=\\s*[,;.]|\\s+(?:said|says|announced|denied|denies))`,
  'gu',
);
const APPOSITIVE = String.raw`,\s+(?:a|an|the)\s+`;
/** "Edmunds.com, a California-based automobile data firm", "WeWork, the office-sharing company". */
const APPOSED_BEFORE = new RegExp(`(${NAME})${APPOSITIVE}(?:[\\p{L}-]+\\s+){0,4}?([\\p{Ll}]+)(?=[\\s,.;])`, 'uy');
/** What only an organisation has: "WeWork spokesperson", "NASA administrator Jim Bridenstine",
 * "WeWork’s founder and former CEO", "a spokesperson for the NYAG", "NASA's Goddard Space Flight Center". */
const ORG_OWNED =
  'spokes(?:man|woman|person)|founder|co-founder|CEO|chief executive|chairman|chairwoman|administrator|employees|shareholders|headquarters';
/** What a body's name is followed by, with no owner's mark: "WeWork spokesperson", "NASA statement". */
const OWNED_AFTER = `${ORG_OWNED}|statement`;
const OWNS = new RegExp(
  `(${NAME})(?:['’]s?\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:${ORG_OWNED})|\\s+(?:${OWNED_AFTER}))\\b`,
  'uy',
);
const POSSESSIVE = String.raw`['’]s\s+`;
/** Who speaks for an organisation, before it: OWNED_BY's roles. */
const OWNER_ROLES = 'spokes(?:man|woman|person)|representative';
/** "NASA's Goddard Space Flight Center", "Iran's Foreign Ministry": the owner of an institution. */
const OWNS_INSTITUTION = new RegExp(`(${NAME})${POSSESSIVE}(${NAME})`, 'uy');

/**
 * What each of those patterns holds past its leading name, made of the same words: a paragraph
 * without it has no match, and is not scanned. The leading name is tried at every capital of
 * every paragraph and was most of reading an article's bodies; these words stand in few
 * paragraphs. (OWNS: both of its branches end with one of OWNED_AFTER, matched without the "i" flag.
 * APPOSED_AFTER and APPOSED_BEFORE: their noun must be one of the heads, in lower case as written.
 * OWNED_BY: its role words, which it matches without the "i" flag.)
 */
const MAY_HOLD = {
  anyHead: new RegExp(formTree([...BODY_HEADS])),
  apposedBefore: new RegExp(APPOSITIVE),
  owns: new RegExp(OWNED_AFTER),
  ownsInstitution: new RegExp(`${POSSESSIVE}\\p{Lu}`, 'u'),
  ownedBy: new RegExp(OWNER_ROLES),
};
const NAME_SCAN = new RegExp(NAME, 'uy');
/** "a spokesperson for the NYAG". */
const OWNED_BY = new RegExp(`\\b(?:${OWNER_ROLES})\\s+(?:for|of|at)\\s+(?:the\\s+)?(${NAME})`, 'gu');

export interface BodyDescription {
  head: string;
  modifiers: string[];
}

/** The head and modifiers of a definite description of a body ("the production company"), or null. */
export function bodyDescription(mention: string): BodyDescription | null {
  const m = DESCRIPTION.exec(mention.trim());
  if (!m || !BODY_HEADS.has(m[2].toLowerCase())) return null;
  return { head: m[2].toLowerCase(), modifiers: m[1].trim().toLowerCase().split(/\s+/).filter(Boolean) };
}

interface Candidate {
  name: string;
  /** The shortest form the article gives it ("Big Machine" of "Big Machine Records"), which its mentions are counted by. */
  short: string;
  /** Paragraph of its first mention, and where each mention stands (paragraph, offset). */
  first: number;
  at: [number, number][];
  /** The nouns it was set beside in apposition, with the paragraph. */
  apposed: { noun: string; p: number }[];
}

/** The name without the kind of body it ends with: "Big Machine" of "Big Machine Records", which
 * the article also calls it. */
function shortName(name: string): string {
  const words = name.split(/\s+/);
  while (words.length > 1 && ORG_WORDS.has(words.at(-1)!.toLowerCase())) words.pop();
  return words.join(' ');
}

const singular = (w: string) => w.toLowerCase().replace(/(?<=[^s])s$/, '');

/** The organisations an article names as such, read once. */
export class DescribedBodies {
  private candidates?: Map<string, Candidate>;
  /** namesIn's answers, by paragraph. */
  private readonly names: string[][] = [];

  /** `isPerson`: whether a name is a person's the article gives (a person has a spokesman too). */
  constructor(
    private readonly paragraphs: string[],
    private readonly isPerson: (name: string) => boolean,
  ) {}

  /** The organisation a description in paragraph `pi` stands for, or null. `credited`: the
   * organisations credited so far, which count as named where they were. */
  named(d: BodyDescription, pi: number, at: number, credited: string[]): string | null {
    const all = [...this.read(credited).values()].filter((c) => c.first <= pi);
    // set beside the same noun: nearest before
    const apposed = all
      .flatMap((c) => c.apposed.filter((a) => a.noun === d.head && a.p <= pi).map((a) => ({ c, p: a.p })))
      .sort((a, b) => b.p - a.p)[0];
    if (apposed) return apposed.c.name;
    const ending = this.nameEnding(d, pi);
    if (ending) return ending;
    if (!PLAIN_HEADS.has(d.head)) return null;
    // the organisation named last before it ("… accused Big Machine of …" / "The company denied …"),
    // the more named of two in one paragraph
    const before = (c: Candidate) => c.at.findLast(([p, i]) => p < pi || (p === pi && i < at)) ?? [-1, -1];
    const nearest = all
      .filter((c) => before(c)[0] >= 0)
      .sort((a, b) => before(b)[0] - before(a)[0] || before(b)[1] - before(a)[1] || b.at.length - a.at.length)[0];
    return nearest && nearest.at.length >= BODIES.salientMentions ? nearest.name : null;
  }

  /** The name nearest before paragraph `pi` (or in it) that ends with the description's own
   * words: "Utilities Commission" for "the utilities commission", "Productions" for "the
   * production company". */
  private nameEnding(d: BodyDescription, pi: number): string | null {
    const words = [...d.modifiers, d.head].map(singular);
    for (let p = Math.min(pi, this.paragraphs.length - 1); p >= 0; p--) {
      const hits = this.namesIn(p).filter((n) => words.includes(singular(n.split(/\s+/).at(-1)!)));
      if (hits.length) return hits.at(-1)!;
    }
    return null;
  }

  /** The names of several words in paragraph `p`, read once: every description read the
   * paragraphs before it back for them, and a story says "the company" again and again. */
  private namesIn(p: number): string[] {
    let names = this.names[p];
    if (!names)
      this.names[p] = names = matchesFromCapitals(NAME_SCAN, this.paragraphs[p])
        .map((m) => m[0].replace(/^The\s+/, '').replace(/['’]s$/, ''))
        .filter((n) => n.includes(' ') && !NOT_NAME.has(n.split(/\s+/)[0]));
    return names;
  }

  private read(credited: string[]): Map<string, Candidate> {
    const found = this.candidates ?? this.readNamed();
    for (const name of credited)
      if (!found.has(name)) this.count(found, name, { name, short: name, first: Infinity, at: [], apposed: [] });
    return found;
  }

  private count(found: Map<string, Candidate>, key: string, c: Candidate): void {
    const re = new RegExp(`(?<![\\p{L}])${escapeRegExp(c.short)}(?![\\p{L}])`, 'gu');
    // (a paragraph without the name's literal holds no match, and is not scanned)
    c.at = this.paragraphs.flatMap((t, p) =>
      t.includes(c.short) ? matchesOf(re, t).map((m): [number, number] => [p, m.index]) : [],
    );
    // (named before it is shown to be an organisation: "… is investigating WeWork")
    if (c.at.length) c.first = Math.min(c.first, c.at[0][0]);
    found.set(key, c);
  }

  /** The names set in apposition to a body's head in paragraph `p` ("The group, WeWorkers
   * Coalition, …", "WeWork, the office-sharing company"). */
  private readApposed(text: string, p: number, add: (raw: string, p: number, noun: string) => void): void {
    for (const m of matchesOf(APPOSED_AFTER, text)) if (BODY_HEADS.has(m[1])) add(m[2], p, m[1]);
    if (MAY_HOLD.apposedBefore.test(text))
      for (const m of matchesFromCapitals(APPOSED_BEFORE, text)) if (BODY_HEADS.has(m[2])) add(m[1], p, m[2]);
  }

  private readNamed(): Map<string, Candidate> {
    const found = new Map<string, Candidate>();
    const add = (raw: string, p: number, noun?: string) => {
      const name = raw.replace(/^The\s+/, '').replace(/['’]s$/, '');
      // ("On Monday, the company …", "However, the group …": words that open a sentence, not a name)
      if (!NAME_RE.test(name) || name.split(/\s+/).some((w) => NOT_NAME.has(w)) || this.isPerson(name)) return;
      const c = found.get(name) ?? { name, short: shortName(name), first: p, at: [], apposed: [] };
      c.first = Math.min(c.first, p);
      if (noun) c.apposed.push({ noun, p });
      found.set(name, c);
    };
    this.paragraphs.forEach((text, p) => {
      if (MAY_HOLD.anyHead.test(text)) this.readApposed(text, p, add);
      if (MAY_HOLD.owns.test(text)) for (const m of matchesFromCapitals(OWNS, text)) add(m[1], p);
      if (MAY_HOLD.ownsInstitution.test(text))
        for (const m of matchesFromCapitals(OWNS_INSTITUTION, text))
          if (m[2].split(/\s+/).some((w) => ORG_WORDS.has(w.toLowerCase()))) add(m[1], p);
      if (MAY_HOLD.ownedBy.test(text)) for (const m of matchesOf(OWNED_BY, text)) add(m[1], p);
    });
    // a short name the article also gives in full ("Big Machine", "Big Machine Records") is the full one
    for (const c of found.values()) {
      const fuller = [...found.values()].find((o) => o !== c && o.name.startsWith(`${c.name} `));
      if (fuller) {
        found.delete(c.name);
        fuller.first = Math.min(fuller.first, c.first);
        fuller.short = c.short;
        fuller.apposed.push(...c.apposed);
      }
    }
    for (const [key, c] of found) this.count(found, key, c);
    this.candidates = found;
    return found;
  }
}
