import { NOT_NAME, ORG_WORDS } from '../roles';
import { matchesFromCapitals } from '../matches';
import { escapeRegExp } from '../../regexp';

// The fullest name an article gives a group or an organisation that a quote calls by a short one:
// "prosecutors" were "Federal prosecutors" a paragraph before, "the doctors" belong to "Doctors for
// Camp Closure", "CBP" is "Customs and Border Protection", "Alden" is "Alden Capital".

const CAP_WORD = "[\\p{Lu}][\\p{L}\\p{M}'’.-]*";
const CONNECTORS = /^(for|of|and|the|on|without|against)$/i;

const ONE_BODY = new Set([
  'police',
  'prosecutors',
  'investigators',
  'authorities',
  'regulators',
  'firefighters',
  'researchers',
  'scientists',
  'doctors',
  'physicians',
  'troops',
]);

/** "Federal prosecutors", "Hong Kong police": the capitalised modifiers the article gives a bare
 * plural, nearest before paragraph `pi`, else first after it. */
export function modifiedGroup(noun: string, paragraphs: string[], pi: number): string | null {
  return new ArticleNames(paragraphs).modifiedGroup(noun, pi);
}

/** Every "Federal prosecutors" of a noun in the article, with its paragraph. */
function modifiedGroupMentions(noun: string, paragraphs: string[]): { name: string; p: number }[] {
  // only nouns that name one body in a story; "officials" and "lawmakers" are often several
  if (!ONE_BODY.has(noun)) return [];
  // (no "i" flag: with it \p{Lu} would match lowercase words too, and "Police Commissioner" is not "police")
  const re = new RegExp(`((?:${CAP_WORD}\\s+){1,3})(${escapeRegExp(noun)})\\b`, 'gu');
  const found: { name: string; p: number }[] = [];
  paragraphs.forEach((text, p) => {
    // every match holds the noun as written (the pattern has no "i" flag); the pattern, which opens
    // with a capital's class, is slow to try at every position of a paragraph without it
    if (!text.includes(noun)) return;
    for (const m of text.matchAll(re)) {
      const mods = m[1].trim().split(/\s+/);
      while (mods.length && NOT_NAME.has(mods[0].replace(/[.,]$/, ''))) mods.shift();
      if (!mods.length || mods.some((w) => /[.,’']$/.test(w) && !/^\p{Lu}\.$/u.test(w)) || /['’]s$/.test(mods.at(-1)!))
        continue;
      found.push({ name: `${mods.join(' ')} ${m[2]}`, p });
    }
  });
  return found;
}

/** "Doctors for Camp Closure" for "the doctors": a name that opens with the group's own noun, with a
 * small word that shows it is a name (not "Doctors said" at a sentence start, nor the end of
 * "Indiana State Teachers Association"). */
export function namedGroup(noun: string, paragraphs: string[]): string | null {
  return new ArticleNames(paragraphs).namedGroup(noun);
}

/** "Customs and Border Protection" for "CBP": given in brackets or after a comma, or a capitalised
 * name whose main words' initials spell it. */
export function expandAcronym(acronym: string, paragraphs: string[]): string | null {
  return new ArticleNames(paragraphs).expandAcronym(acronym);
}

/** "Alden Capital" for "Alden": the one organisation name the article opens with that word. */
export function orgByFirstWord(word: string, paragraphs: string[]): string | null {
  return new ArticleNames(paragraphs).orgByFirstWord(word);
}

/** Two capitalised words that open a run of them: "Alden Capital" (not "Global Capital" of "Alden
 * Global Capital"). */
const ORG_PAIR = new RegExp(`(?<!${CAP_WORD}\\s)\\b(${CAP_WORD})\\s+(${CAP_WORD})`, 'uy');

/** "Customs and Border Protection": capitalised words, and small words between them. */
const CAPITAL_RUN = new RegExp(`${CAP_WORD}(?:\\s+(?:(?:for|of|and|the|on)\\s+)*${CAP_WORD})+`, 'uy');

interface CapitalRun {
  text: string;
  words: string[];
  initials: string;
}

const NAME_START = `(?<![.!?]\\s|^|${CAP_WORD}\\s)\\b`;

/** A capitalised word, then capitalised words and small words: "Doctors for Camp Closure". */
const NAMED_GROUP = new RegExp(
  `${NAME_START}(${CAP_WORD})((?:\\s+(?:for|of|and|the|on|without|against|${CAP_WORD}))+)`,
  'uy',
);

/**
 * The names an article gives, indexed in one reading of it, so that a page with thousands of
 * mentions is not read again for each: names that open with a group's noun, the expansions of
 * acronyms, and organisations by their first word. (Each pattern starts with a capital, so it is
 * tried only where one stands: see matchesFromCapitals.)
 */
export class ArticleNames {
  private readonly named = new Map<string, string | null>();
  /** Each paragraph's NAMED_GROUP matches, by paragraph, read when first needed. */
  private readonly names: RegExpExecArray[][] = [];
  private readonly expansions = new Map<string, string | null>();
  /** Each paragraph's runs of capitalised words, by paragraph, read when first needed. */
  private readonly runs: CapitalRun[][] = [];
  private readonly firstWords = new Map<string, string | null>();
  /** Each paragraph's ORG_PAIR matches, by paragraph, read when first needed. */
  private readonly pairs: RegExpExecArray[][] = [];
  private readonly modified = new Map<string, { name: string; p: number }[]>();

  constructor(private readonly paragraphs: string[]) {}

  modifiedGroup(noun: string, pi: number): string | null {
    const lower = noun.toLowerCase();
    if (!this.modified.has(lower)) this.modified.set(lower, modifiedGroupMentions(lower, this.paragraphs));
    const found = this.modified.get(lower)!;
    return (found.filter((f) => f.p <= pi).at(-1) ?? found[0])?.name ?? null;
  }

  /**
   * The first name in the article that opens with the noun, capitalised, and holds a small word.
   * Sought for the noun asked about, up to the name that gives it, in the paragraphs that may hold
   * it: indexing every such name of the article was a few percent of a page's quotes where a quote
   * credited a group by its noun alone. (The name's first word, "Doctors", is its capital and then
   * letters that lower-case gives again; the noun in lower case therefore ends with those letters,
   * but for at most its first two units (a capital may lower-case to two, "İ", or be a surrogate
   * pair), and a paragraph without that end of it holds no such name.)
   */
  namedGroup(noun: string): string | null {
    const key = noun.toLowerCase();
    let name = this.named.get(key);
    if (name === undefined) this.named.set(key, (name = this.readNamedGroup(key)));
    return name;
  }

  private readNamedGroup(key: string): string | null {
    const end = key.slice(2);
    for (let p = 0; p < this.paragraphs.length; p++) {
      const text = this.paragraphs[p];
      if (!text.includes(end)) continue;
      for (const m of (this.names[p] ??= matchesFromCapitals(NAMED_GROUP, text))) {
        const head = m[1];
        if (head !== head[0] + head.slice(1).toLowerCase()) continue; // "Doctors", not "DOCTORS" or "McDonald"
        if (head.toLowerCase() !== key) continue;
        const rest = m[2].trim().split(/\s+/);
        while (rest.length && CONNECTORS.test(rest.at(-1)!)) rest.pop();
        if (!rest.length || !/^\p{Lu}/u.test(rest.at(-1)!)) continue;
        if (!rest.some((w) => CONNECTORS.test(w))) continue;
        return `${head} ${rest.join(' ')}`.replace(/[,.;:]+$/, '');
      }
    }
    return null;
  }

  /**
   * The expansion of an acronym: the first run of capitalised words (in the article's order) whose
   * last words' initials spell it. Sought for the acronym asked about, up to the run that gives
   * it: indexing every tail of every run of the article was a sixth of a page's quotes where a
   * quote named an organisation by its initials. (The run's initials are its words' first units,
   * one each, so a tail's are the end of the run's.)
   */
  expandAcronym(acronym: string): string | null {
    const key = acronym.replace(/s$/, '');
    let expansion = this.expansions.get(key);
    if (expansion === undefined) this.expansions.set(key, (expansion = this.readExpansion(key)));
    return expansion;
  }

  private readExpansion(key: string): string | null {
    // (a tail is two words at least, and an acronym of more than eight letters is no name's)
    if (key.length < 2 || key.length > 8) return null;
    for (let p = 0; p < this.paragraphs.length; p++) {
      for (const run of (this.runs[p] ??= this.capitalRuns(this.paragraphs[p]))) {
        const k = run.words.length - key.length;
        if (k < 0 || !run.initials.endsWith(key)) continue;
        // "the Customs and Border Protection (CBP)"; also a longer run that ends with the expansion
        const tail = run.words.slice(k);
        const from = run.text.lastIndexOf(tail[0], run.text.length - tail.slice(1).join(' ').length - 1);
        return run.text.slice(Math.max(0, from)).replace(/[,.;:’']+$/, '');
      }
    }
    return null;
  }

  /** A paragraph's runs of capitalised words (CAPITAL_RUN), each with its words but the small ones
   * and their initials. */
  private capitalRuns(text: string): CapitalRun[] {
    return matchesFromCapitals(CAPITAL_RUN, text).map((m) => {
      const words = m[0].split(/\s+/).filter((w) => !CONNECTORS.test(w));
      return { text: m[0], words, initials: words.map((w) => w[0]).join('') };
    });
  }

  /**
   * The one organisation name the article opens with `word`, or null. Read for the word asked
   * about, in the paragraphs it stands in: a page asks this of a word or two, and indexing every
   * pair of capitalised words of the article for them was a tenth of reading a long page's
   * quotes. (A pair opens with its first word as written, so a paragraph without the word holds
   * none; the pairs of a paragraph are read once, as the whole-article scan read them.)
   */
  orgByFirstWord(word: string): string | null {
    let name = this.firstWords.get(word);
    if (name === undefined) this.firstWords.set(word, (name = this.readOrgByFirstWord(word)));
    return name;
  }

  private readOrgByFirstWord(word: string): string | null {
    const names = new Set<string>();
    this.paragraphs.forEach((text, p) => {
      if (!text.includes(word)) return;
      for (const m of (this.pairs[p] ??= matchesFromCapitals(ORG_PAIR, text))) {
        if (m[1] !== word) continue;
        const next = m[2].replace(/[,.;:’']+$/, '');
        if (ORG_WORDS.has(next.toLowerCase())) names.add(`${word} ${next}`);
      }
    });
    return names.size === 1 ? [...names][0] : null;
  }
}
