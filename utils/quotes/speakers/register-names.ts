import { maskQuotes, findQuoteSpans } from '../quote-marks';
import { readMention, type SpeakerRegistry } from '../names';
import { ROLE_NOUNS, TITLE_ROLES } from '../roles';
import { endAtFullStop } from './coref';
import { isUpperAt, matchesFromCapitals, matchesOf } from '../matches';
import { beforeSpaces } from '../../chars';

// Before any quote is attributed, every full name the article introduces is registered with the
// role it is given, so that "Kanani", "he" and "the spokesman" later resolve to "Nasser Kanani".
// Names inside quotation marks are skipped: they are spoken about, not speaking.

// (sticky: tried only where a capital stands, see matchesFromCapitals)
const NAME_RUN =
  /(?:[\p{Lu}][\p{L}\p{M}'’.-]*\s+){1,5}(?:(?:de|da|van|von|bin|al|el|la|le|du|di)\s+)?[\p{Lu}][\p{L}\p{M}'’-]+/uy;

/**
 * Whether a NAME_RUN may start at `i` (a capital): the first space after it must be followed, past
 * the spaces, by another capital or the first letter of a particle. The run's first word is
 * letters, marks, apostrophes, full stops and hyphens, none of them a space, so it ends at the
 * first space, and the pattern goes on only with a capital or a particle there. Most capitals of
 * a text open a word that a lowercase word follows ("The", "He", "But"), and the pattern is not
 * tried there.
 */
function mayStartNameRun(text: string, i: number): boolean {
  FIRST_WORD_AND_SPACES.lastIndex = i + 1;
  if (!FIRST_WORD_AND_SPACES.test(text)) return false;
  const j = FIRST_WORD_AND_SPACES.lastIndex;
  return j < text.length && (isUpperAt(text, j) || RUN_PARTICLE_INITIALS.includes(text[j]));
}

/** The rest of the run's first word and the spaces after it, found natively: a loop over the
 * characters ran mostly unoptimised in the few runs a page gets. No space after the word: no run. */
const FIRST_WORD_AND_SPACES = /\S*\s+/y;

/** The first letters of NAME_RUN's particles (de, da, van, von, bin, al, el, la, le, du, di). */
const RUN_PARTICLE_INITIALS = 'dvbael';

// An editor's insertion gives a first name the speaker left out: “Coach (Frank) Vogel came in”.
const EDITOR_FIRST_NAME = /\(([\p{Lu}][\p{Ll}'’-]+)\)\s+([\p{Lu}][\p{Ll}'’-]+(?:\s+[\p{Lu}][\p{Ll}'’-]+)?)/gu;

/** Where the role phrase before a name cannot reach back past: a comma, a conjunction or verb, a
 * sentence's end (a full stop after a lowercase word, so not "Dr." or "U.S."), a subordinating
 * word, a pronoun or an auxiliary that opens or carries a clause ("bigger if US President Donald
 * Trump agrees", "charges he threatened to kill Rep. Ilhan Omar"). */
const ROLE_PHRASE_BREAK =
  /[,;:(]|\b(?:and|but|said|told|says|that|with|by|as|if|when|while|whether|because|since|who|which|whom|he|she|it|they|we|is|are|was|were|has|have|had|will|would|could|should|may|might|can)\b|(?<=\p{Ll}{2})[.!?]\s+(?=\p{Lu})/u;

/** The last word of a name that a body or a place ends with, never a person (capitalised only: in
 * lowercase these are common words). */
const NOT_A_PERSON_LAST = /\s(?:Street|Avenue|Boulevard|System|Protection|Security)$/;

/** The sentence's opening description, then the comma before a name: "The suspect, ". */
const APPOSITIVE_BEFORE = /(?:^|[.!?]\s+)[Tt]he\s+((?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)),\s*$/u;

const TITLED_SURNAME =
  /\b(President|Vice President|Prime Minister|Chancellor|Senator|Sen\.|Governor|Gov\.|Representative|Rep\.|Judge|Justice|Mayor|Dr\.|Coach|General|Gen\.|Pope|King|Queen|Prince|Princess|Speaker|Secretary|Ambassador)\s+[\p{Lu}][\p{L}'’-]+$/u;

export function registerNames(paragraphs: string[], registry: SpeakerRegistry, maskedParagraphs?: string[]): void {
  paragraphs.forEach((p, pi) => {
    if (p.includes('('))
      for (const m of matchesOf(EDITOR_FIRST_NAME, p)) registry.addPerson(`${m[1]} ${m[2]}`, null, pi);
    const text = maskedParagraphs?.[pi] ?? maskQuotes(p, findQuoteSpans(p));
    for (const m of matchesFromCapitals(NAME_RUN, text, mayStartNameRun)) {
      const run = endAtFullStop(m[0]).replace(/['’]s$/, ''); // "Michelle Hege’s response": the owner is a person too
      // "The Dragon Waiting", "the Scholars of Night": after "the", capitals are a title or a thing, not a person
      if (/^The\s/.test(run) || /\bthe\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
      // the role phrase in front: up to eight words back, not across a comma or a verb
      const back = text.slice(Math.max(0, m.index - 80), m.index);
      // (nor across a sentence's end: "… to be normal. But when Dr. Owen Dempsey, …")
      const lead = roleLead(back, 8);
      // "ambassador to Britain Liu Xiaming": the preposition tells readMention that "Britain" is not a name
      const prep = lead.trim() ? undefined : /\b(to|of|for|at|in|from|with|on)\s+$/i.exec(back)?.[1];
      const mention = readMention(lead + (prep ? prep + ' ' : '') + run);
      if (mention?.kind === 'name' && mention.name && !mention.name.includes(' ')) {
        // "President Trump" with no first name anywhere: the title and surname are the fullest name given
        const title = TITLED_SURNAME.exec(run)?.[1];
        if (title) registry.addPerson(`${title} ${mention.name}`, mention.role, pi);
        continue;
      }
      if (!mention || mention.kind !== 'name' || !mention.name || mention.name.split(/\s+/).length < 2) continue;
      // "Customs and Border Protection", "Third Street", "Space Launch System": the end of a body's
      // or a place's name, no person (whose first word would then name a sentence's "Border agents")
      if (NOT_A_PERSON_LAST.test(mention.name)) continue;
      let role = mention.role && isRolePhrase(mention.role) ? mention.role : null;
      // or an appositive behind: "Willian Burnsm, director of the U.S. Central Intelligence Agency (CIA),"
      const after = text.slice(m.index + run.length);
      const app =
        /^,\s+((?:the\s+|a\s+|an\s+)?(?:[a-z][\w-]*|[A-Z][\w.]*\s+(?:chief|director|minister|spokesman|president))[^,;]{0,90}?(?:\([^)]*\))?),/.exec(
          after,
        );
      if (!role && app && app[1].split(/\s+/).some((w) => ROLE_NOUNS.has(w.toLowerCase().replace(/[^a-z-]/g, ''))))
        role = app[1].replace(/^(a|an)\s+/i, '').trim();
      // or an appositive before, opening the sentence: "The suspect, Michael Webb, was convicted"
      // (sought only where a comma follows the name: the pattern is tried from every position of
      // the words before)
      const before = !role && after.startsWith(',') ? APPOSITIVE_BEFORE.exec(back) : null;
      if (before && ROLE_NOUNS.has(before[2])) role = before[1];
      if (
        !role &&
        !/\b(said|says|told|added|noted|according)\b/.test(after.slice(0, 60)) &&
        !/\b(said|says|according to)\s*$/.test(back)
      ) {
        // an unroled name only counts when it speaks; still register it so surnames resolve
        registry.addPerson(mention.name, null, pi);
        continue;
      }
      registry.addPerson(mention.name, role, pi);
    }
  });
}

const ROLE_PHRASE_BREAKS = new RegExp(ROLE_PHRASE_BREAK.source, 'gu');

/**
 * The last words of `back`, at most `most`, that no role-phrase break stands among: what
 * trailingWords(back.split(ROLE_PHRASE_BREAK).at(-1), most) gives. Only a break among those
 * words can shorten them, and no break straddles the first of them (each break is a mark, a whole
 * word, or a full stop and the spaces up to a capital), so the text is scanned for breaks from
 * there rather than split whole: splitting it, before every name of the article, was a fifth of
 * registering them.
 */
function roleLead(back: string, most: number): string {
  const start = back.length - trailingWords(back, most).length;
  const re = ROLE_PHRASE_BREAKS;
  re.lastIndex = start;
  let end = -1;
  while (re.exec(back)) end = re.lastIndex;
  return end < 0 ? back.slice(start) : trailingWords(back.slice(end), most);
}

const isRoleWord = (w: string) => ROLE_NOUNS.has(w.toLowerCase()) || !!TITLE_ROLES[w.toLowerCase().replace(/\.$/, '')];

/** Words that may follow a role noun within its phrase: "ambassador to Britain", "director of the
 * agency". */
const ROLE_LINK = /^(of|for|to|at|in|with|from|on|the|a|an|and|&)$/i;

/**
 * Whether the words before a name give its role: a role noun, after which only the words of a
 * title follow ("ambassador to Britain Liu Xiaming"), not a clause ("as she and her mother were
 * walking down Fort Worth’s 6th Avenue" makes no mother of Fort Worth).
 */
function isRolePhrase(phrase: string): boolean {
  const words = phrase.split(/\s+/);
  const last = words.findLastIndex(isRoleWord);
  return last >= 0 && words.slice(last + 1).every((w) => ROLE_LINK.test(w) || /^[\p{Lu}\d]/u.test(w));
}

/**
 * The last words of `s`, at most `most`, each with the spaces after it, up to the end: what
 * /((?:[\p{L}'’.-]+\s+){0,most})$/u captures. Read backwards from the end, run by run; the regex,
 * tried from every position of the text before each name, was one of the slowest of the stage.
 */
function trailingWords(s: string, most: number): string {
  let start = s.length;
  for (let n = 0; n < most; n++) {
    const spaces = beforeSpaces(s, start);
    if (spaces === start) break; // the text (or the words read so far) does not follow spaces
    let word = spaces;
    for (let step; word > 0 && (step = wordCharBefore(s, word));) word -= step;
    if (word === spaces) break; // spaces with no word before them: the words read so far are all
    start = word;
  }
  return s.slice(start);
}

const WORD_CHAR = /^[\p{L}'’.-]$/u;

/** The length (1, or 2 for a surrogate pair) of the code point that ends at `i` when it is a
 * letter, an apostrophe, a full stop or a hyphen; 0 otherwise. */
function wordCharBefore(s: string, i: number): number {
  const c = s.charCodeAt(i - 1);
  if (c < 0x80)
    return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x27 || c === 0x2e || c === 0x2d ? 1 : 0;
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const lead = s.charCodeAt(i - 2);
    if (lead >= 0xd800 && lead <= 0xdbff) return WORD_CHAR.test(s.slice(i - 2, i)) ? 2 : 0;
  }
  return WORD_CHAR.test(s[i - 1]) ? 1 : 0;
}
