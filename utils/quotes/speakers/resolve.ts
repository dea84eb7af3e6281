import type { Speaker } from '../../types';
import { HONORIFICS, NOT_NAME, ROLE_NOUNS, TITLE_ROLES } from '../roles';
import { escapeRegExp } from '../../regexp';
import { matchesOf } from '../matches';
import { SpeakerRegistry, type Entity, type Mention, type RegistryView } from '../names';
import { SPEAKERS } from '../tuning';
import { MASK } from '../quote-marks';
import type { Sentence } from '../sentences';
import { ArticleNames } from './group-names';
import { registerNames } from './register-names';
import { Coref } from './coref';
import { bodyDescription, DescribedBodies, type BodyDescription } from './described-body';

// Who a mention is: the one place that owns the article's name registry. The names an article
// gives are registered before any quote is read (registerNames); each attribution's mention ("he",
// "the ministry", "Kanani") is then resolved to the fullest name the article gives, and the last
// speaker and person are remembered for the pronouns and floating quotes that follow.

/** A place that speaks for its state ("Tehran said"). */
const CAPITALS =
  /^(Tehran|Moscow|Washington|Beijing|Kyiv|Kiev|London|Paris|Berlin|Brussels|Jerusalem|Ankara|Riyadh|Tokyo|Seoul|Pyongyang|Damascus|Baghdad|Kabul|Delhi|Islamabad|Caracas|Havana|Minsk|Warsaw|Rome|Madrid|Ottawa|Canberra)$/;

/** "His office said": someone's office, campaign or spokesman. */
const OWNED = /^(his|her)\s+(office|campaign|lawyer|attorney|spokesman|spokeswoman|spokesperson|team|aides?)$/i;

/** "the company said" with no company named just before: the last organisation named. */
const BODY_ROLE =
  /^(company|ministry|agency|department|government|administration|group|organization|organisation|team|club|league|party|police|committee|firm|bank|court|office|network|union)$/i;

/** "the statement said", "according to the office release": the source of the statement just quoted. */
const DOCUMENT_ROLE = /^(?:(?:office|news|press|joint|written)\s+)?(statement|release|letter)$/i;

/** A spokesperson's role and the body after it, past "the" (which the first group holds). */
const SPOKESPERSON_FOR = /\bspokes(?:man|woman|person)\s+(?:for|of|at)\s+(the\s+)?(\S.*)$/u;

/** A sentence that opens with a name and its verb: "Boeing is …", "The Pentagon said …". */
const BODY_SUBJECT =
  /^(?:The\s+)?([\p{Lu}][\p{L}&.'’-]*(?:\s+[\p{Lu}][\p{L}&.'’-]*){0,4})\s+(?:is|was|has|had|will|would|said|says|announced|confirmed|reported|denied|added|released|filed|plans|wants|expects)\b/u;

/** What the article names, read once. */
interface ArticleReading {
  registry: SpeakerRegistry;
  /** The registry as registration left it, which the coreference reads. */
  registered: RegistryView;
  names: ArticleNames;
  bodies: DescribedBodies;
}

export class Speakers {
  private reading?: ArticleReading;
  private corefReading?: Coref;

  /** `masked` and `sentences`: each paragraph with its quotations masked, and its sentences. */
  constructor(
    private readonly paragraphs: string[],
    private readonly masked: string[],
    private readonly sentences: Sentence[][],
  ) {}

  /**
   * The article's names, registered, and its sentences' people, read when a speaker is first
   * sought: an article that attributes nothing never needs them (a fourth of the Scrapinghub
   * pages have no quote), and reading them was a third of the stage. Nothing else touches the
   * registry before, so it is the same whenever it is read.
   */
  private get read(): ArticleReading {
    if (!this.reading) {
      const registry = new SpeakerRegistry();
      registerNames(this.paragraphs, registry, this.masked);
      const names = new ArticleNames(this.paragraphs);
      const bodies = new DescribedBodies(this.masked, (name) => this.isPerson(name));
      this.reading = { registry, registered: registry.asItStands(), names, bodies };
    }
    return this.reading;
  }

  get registry(): SpeakerRegistry {
    return this.read.registry;
  }

  /**
   * Who the article's pronouns are, read when one is first resolved (or a name is first asked
   * whether it is a person's): most articles that credit a speaker name every one, and reading
   * every sentence's people was a third of reading the article's names. It reads the registry as
   * registration left it, so it is the same whenever it is read.
   */
  get coref(): Coref {
    this.corefReading ??= new Coref(this.paragraphs, this.read.registered, this.masked, this.sentences);
    return this.corefReading;
  }

  private get names(): ArticleNames {
    return this.read.names;
  }

  private get bodies(): DescribedBodies {
    return this.read.bodies;
  }

  /** A name the article gives a person: one it speaks of as "he" or "she". */
  private isPerson(name: string): boolean {
    const e = this.registry.byName(name) ?? (name.includes(' ') ? null : this.registry.bySurname(name));
    return !!e && e.kind === 'person' && this.coref.gender.has(e);
  }

  /** The speaker a mention in paragraph `pi` (at offset `at`) names, registering a new one. */
  resolve(m: Mention, pi: number, at = 0): Speaker {
    const owned = OWNED.exec(m.text.trim());
    if (owned) {
      const owner = this.coref.pronoun(/^his$/i.test(owned[1]) ? 'he' : 'she', pi, at);
      if (owner) return { name: `${owner.name}'s ${owned[2].toLowerCase()}`, role: null, mention: m.text.trim() };
    }
    const body = this.describedBody(m, pi, at);
    if (body) return body;
    let e: Entity | null;
    if (m.kind === 'pronoun') e = this.pronoun(m, pi, at);
    else if (m.kind === 'name' && m.name) e = this.named(m, m.name, pi);
    else if (m.kind === 'role' && m.role) {
      e = this.byRole(m, m.role);
      if (!e) {
        // "said the actor" names the person just quoted, and that person is the actor from then on
        // ("…,” the actor previously said" three paragraphs later)
        e = this.speakerDescribed(m, pi) ?? this.subjectDescribed(m, pi, at);
        if (e && !e.role) e.role = m.role;
      }
      if (!e) return this.described(m, m.role, pi, at);
    } else e = m.name ? this.registry.addBody(this.fullerName(m, pi), m.kind === 'group' ? 'group' : 'org', pi) : null;
    if (!e) return { name: null, role: m.role, mention: m.text.trim() };
    this.registry.lastSpeaker = e;
    this.lastSpoke = pi;
    if (e.kind === 'person') this.registry.lastPerson = e;
    return { name: e.name, role: e.role ?? m.role ?? null, mention: m.text.trim() };
  }

  /** "the company said": the organisation the article names that the description stands for. */
  private describedBody(m: Mention, pi: number, at: number): Speaker | null {
    const d = m.kind === 'name' || m.kind === 'pronoun' ? null : bodyDescription(m.text);
    if (!d) return null;
    const name = this.namedBody(d, pi, at);
    if (!name) return null;
    const e = this.registry.addBody(name, 'org', pi);
    this.registry.lastSpeaker = e;
    this.lastSpoke = pi;
    return { name: e.name, role: m.role ?? d.head, mention: m.text.trim() };
  }

  /** The paragraph the last speaker was credited in. */
  private lastSpoke = -Infinity;

  /**
   * '“…,” said the actor.': a definite description that attributes a quotation and fits no one
   * named with that role is news writing's other name for the person just quoted, when that person
   * was quoted in this paragraph or the one before and was given no role that the description
   * contradicts. An indefinite one ("an officer") is someone else.
   */
  private speakerDescribed(m: Mention, pi: number): Entity | null {
    const last = this.registry.lastSpeaker;
    if (!last || last.kind !== 'person' || pi - this.lastSpoke > SPEAKERS.describedReach) return null;
    // only where it attributes a quotation: "The mayor said the bridge may reopen" after someone
    // else's quote brings in a new speaker
    if (!this.masked[pi]?.includes(MASK)) return null;
    const words = m.text.trim().split(/\s+/);
    if (!/^the$/i.test(words[0]) || words.some((w) => /['’]s?$|^(for|of|at|with|from|in)$/i.test(w))) return null;
    const head = words.at(-1)!.toLowerCase();
    if (!ROLE_NOUNS.has(head) || /^spokes|^(source|official|person)s?$/.test(head)) return null;
    return !last.role || last.role.toLowerCase().includes(head) ? last : null;
  }

  /**
   * "Eyamba Sowers didn't know Patrick was coming … The real estate agent said she related to him":
   * a definite description that opens a sentence and fits no one named with that role is the
   * person who opened the sentence before, when that person was given no role it contradicts.
   */
  private subjectDescribed(m: Mention, pi: number, at: number): Entity | null {
    const words = m.text.trim().split(/\s+/);
    if (words[0] !== 'The' || words.some((w) => /['’]s?$|^(for|of|at|with|from|in)$/i.test(w))) return null;
    const head = words.at(-1)!.toLowerCase();
    if (!ROLE_NOUNS.has(head) || /^spokes|^(source|official|person)s?$/.test(head)) return null;
    const e = this.coref.previousSubject(pi, at);
    return e && e.kind === 'person' && (!e.role || e.role.toLowerCase().includes(head)) ? e : null;
  }

  /** A person named as such ("filmmaker Charlie McDowell" introduces a quote that follows). */
  speaker(name: string, pi: number): Speaker {
    return this.resolve({ text: name, kind: 'name', name, role: null }, pi);
  }

  private pronoun(m: Mention, pi: number, at: number): Entity | null {
    const r = this.registry;
    const p = m.text.trim().toLowerCase();
    const e = p === 'he' || p === 'she' ? this.coref.pronoun(p, pi, at) : null;
    if (e) return e;
    if (p === 'he' || p === 'she' || p === 'i') return r.lastSpeaker?.kind === 'person' ? r.lastSpeaker : r.lastPerson;
    return (p === 'it' ? this.bodyOpening(pi, at) : null) ?? r.lastSpeaker;
  }

  /**
   * "Boeing is one of the companies bidding on the HLS program … In a statement released November
   * 5, it said it submitted a proposal": "it" is the organisation that opened the sentence before
   * as its subject (a name no person has, then its verb), not whoever spoke last.
   */
  private bodyOpening(pi: number, at: number): Entity | null {
    const opening = BODY_SUBJECT.exec(this.coref.sentenceBefore(pi, at));
    if (!opening || NOT_NAME.has(opening[1].split(/\s+/)[0])) return null;
    // (a name the article never calls "he" or "she": "Cooke’s clients include Boeing, prime
    // contractor for the SLS core stage" reads like a person's apposition)
    return this.isPerson(opening[1]) ? null : this.registry.addBody(opening[1], 'org', pi);
  }

  private named(m: Mention, name: string, pi: number): Entity {
    const r = this.registry;
    const words = name.split(/\s+/);
    const joined = words.length === 1 ? this.roleWordName(m, name) : null;
    if (joined) return r.byName(joined) ?? r.addPerson(joined, null, pi);
    const e =
      words.length === 1
        ? (r.bySurname(words[0]) ??
          this.orgNamed(this.names.orgByFirstWord(words[0]), pi) ??
          this.placeOrPerson(name, pi))
        : (r.byName(name) ?? r.addPerson(name, m.role, pi));
    if (!e.role && m.role) e.role = m.role;
    return e;
  }

  /** "Fan Mengguang, deputy director of …": a capitalised role noun that is no title, before a name
   * word the article never gives without it and followed by an appositive (the role it is given
   * instead), is the first word of the name ("fan" is no rank; "Developer Valve called" stays). */
  private roleWordName(m: Mention, name: string): string | null {
    const first = m.text.trim().split(/\s+/)[0];
    if (!m.role || first !== m.role || !/^\p{Lu}\p{Ll}+$/u.test(first)) return null;
    if (HONORIFICS.test(first) || TITLE_ROLES[first.toLowerCase()]) return null;
    const word = new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'gu');
    const alone = this.paragraphs.some(
      (t) => t.includes(name) && matchesOf(word, t).some((x) => !t.slice(0, x.index).endsWith(`${first} `)),
    );
    const full = `${first} ${name}`;
    return alone || !this.paragraphs.some((t) => t.includes(`${full},`)) ? null : full;
  }

  private byRole(m: Mention, role: string): Entity | null {
    const r = this.registry;
    // a capitalised role noun alone is a surname first ("says Doctor" for Ken Doctor)
    let e = /^[\p{Lu}][\p{L}'’-]+$/u.test(m.text.trim()) ? r.bySurname(m.text.trim()) : null;
    e ??= r.byRole(role);
    if (!e && DOCUMENT_ROLE.test(role) && r.lastSpeaker?.name) e = r.lastSpeaker;
    if (!e && BODY_ROLE.test(role)) e = [...r.entities].reverse().find((x) => x.kind === 'org') ?? null;
    return e;
  }

  /** Nobody named fits a role: the body it speaks for, or the description itself ("one Weibo commenter",
   * "an insider"). */
  private described(m: Mention, role: string, pi: number, at: number): Speaker {
    // "a spokesperson for the British Foreign Office" speaks for the office, "a spokesman for the
    // city council" for the council (by the name the article gives it, when it gives one)
    const body = this.spokenFor(role, pi, at);
    if (body) {
      const e = this.registry.addBody(body, 'org', pi);
      this.registry.lastSpeaker = e;
      return { name: e.name, role, mention: m.text.trim() };
    }
    // an unnamed source is still the source the article gives ("an insider told the outlet",
    // "an officer said", "according to a Taliban representative"), not no one
    // ("a new case report" is the case report)
    const name = role.replace(/^(the|a|an|one|another|some)\s+/i, '').replace(/^(new|recent|latest)\s+(?=\S)/i, '');
    return { name, role, mention: m.text.trim() };
  }

  /** The body a spokesperson's role names: "British Foreign Office" of "spokesperson for the
   * British Foreign Office"; for a description in lowercase ("the city council"), the
   * organisation the article names that it stands for, else the description. */
  private spokenFor(role: string, pi: number, at: number): string | null {
    const m = SPOKESPERSON_FOR.exec(role);
    if (!m) return null;
    if (/^\p{Lu}/u.test(m[2])) return m[2];
    // (not "his campaign": an owner's body is the owner's, whom "his" does not name)
    if (!m[1]) return null;
    const d = bodyDescription(`the ${m[2]}`);
    // (a bare noun the article names nothing by, "the company", "the family", is no name: the
    // description says more)
    return (d && this.namedBody(d, pi, at)) ?? (m[2].includes(' ') ? m[2] : null);
  }

  /** The organisation the article names that a description in paragraph `pi` (at `at`) stands for. */
  private namedBody(d: BodyDescription, pi: number, at: number): string | null {
    const credited = this.registry.entities
      .filter((x) => x.kind === 'org' && /\p{Lu}/u.test(x.name))
      .map((x) => x.name);
    return this.bodies.named(d, pi, at, credited);
  }

  /** The fullest name the article gives a group or organisation called by a short one. */
  private fullerName(m: Mention, pi: number): string {
    const name = m.name!;
    if (m.kind === 'group' && /^[\p{L}-]+$/u.test(name))
      return this.names.modifiedGroup(name, pi) ?? this.names.namedGroup(name) ?? name;
    if (m.kind === 'org' && /^[\p{Lu}]{2,6}s?$/u.test(name)) return this.names.expandAcronym(name) ?? name;
    // "The Chronicle says" after "The San Francisco Chronicle says": the last word of a body's
    // name is that body (the one named last, when several end so)
    if (m.kind === 'org' && /^[\p{Lu}][\p{Ll}-]+$/u.test(name))
      return this.registry.entities.findLast((e) => e.kind === 'org' && e.name.endsWith(` ${name}`))?.name ?? name;
    return name;
  }

  private orgNamed(name: string | null, pi: number): Entity | null {
    return name ? this.registry.addBody(name, 'org', pi) : null;
  }

  /** A single capitalised word nobody was introduced by: a place speaking for a state ("Tehran"),
   * or a person named once by surname; either way the word is the best name the text gives. */
  private placeOrPerson(name: string, pi: number): Entity {
    const e: Entity = { name, kind: CAPITALS.test(name) ? 'org' : 'person', role: null, first: pi };
    this.registry.entities.push(e);
    return e;
  }
}
