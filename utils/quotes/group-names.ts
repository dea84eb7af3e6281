import { NOT_NAME, ORG_WORDS } from './roles';

// The fullest name an article gives a group or an organisation that a quote calls by a short one:
// "prosecutors" were "Federal prosecutors" a paragraph before, "the doctors" belong to "Doctors for
// Camp Closure", "CBP" is "Customs and Border Protection", "Alden" is "Alden Capital".

const CAP_WORD = "[\\p{Lu}][\\p{L}\\p{M}'’.-]*";
const CONNECTORS = /^(for|of|and|the|on|without|against)$/i;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const ONE_BODY = new Set(['police', 'prosecutors', 'investigators', 'authorities', 'regulators', 'firefighters', 'researchers', 'scientists', 'doctors', 'physicians', 'troops']);

/** "Federal prosecutors", "Hong Kong police": the capitalised modifiers the article gives a bare
 * plural, nearest before paragraph `pi`, else first after it. */
export function modifiedGroup(noun: string, paragraphs: string[], pi: number): string | null {
  // only nouns that name one body in a story; "officials" and "lawmakers" are often several
  if (!ONE_BODY.has(noun.toLowerCase())) return null;
  // (no "i" flag: with it \p{Lu} would match lowercase words too)
  const re = new RegExp(`((?:${CAP_WORD}\\s+){1,3})(${escape(noun.toLowerCase())})\\b`, 'gu');
  const found: { name: string; p: number }[] = [];
  paragraphs.forEach((text, p) => {
    for (const m of text.matchAll(re)) {
      if (m[2] !== noun.toLowerCase()) continue; // "Police Commissioner" is not "police"
      const mods = m[1].trim().split(/\s+/);
      while (mods.length && NOT_NAME.has(mods[0].replace(/[.,]$/, ''))) mods.shift();
      if (!mods.length || mods.some((w) => /[.,’']$/.test(w) && !/^\p{Lu}\.$/u.test(w)) || /['’]s$/.test(mods.at(-1)!)) continue;
      found.push({ name: `${mods.join(' ')} ${m[2]}`, p });
    }
  });
  const before = found.filter((f) => f.p <= pi);
  return (before.at(-1) ?? found[0])?.name ?? null;
}

/** "Doctors for Camp Closure" for "the doctors": a name that opens with the group's own noun, with a
 * small word that shows it is a name (not "Doctors said" at a sentence start, nor the end of
 * "Indiana State Teachers Association"). */
export function namedGroup(noun: string, paragraphs: string[]): string | null {
  const title = noun[0].toUpperCase() + noun.slice(1).toLowerCase();
  const re = new RegExp(`(?<![.!?]\\s|^|${CAP_WORD}\\s)\\b${escape(title)}((?:\\s+(?:for|of|and|the|on|without|against|${CAP_WORD}))+)`, 'gu');
  for (const text of paragraphs) {
    for (const m of text.matchAll(re)) {
      const rest = m[1].trim().split(/\s+/);
      while (rest.length && CONNECTORS.test(rest.at(-1)!)) rest.pop();
      if (!rest.length || !/^\p{Lu}/u.test(rest.at(-1)!)) continue;
      if (!rest.some((w) => CONNECTORS.test(w))) continue;
      return `${title} ${rest.join(' ')}`.replace(/[,.;:]+$/, '');
    }
  }
  return null;
}

/** "Customs and Border Protection" for "CBP": given in brackets or after a comma, or a capitalised
 * name whose main words' initials spell it. */
export function expandAcronym(acronym: string, paragraphs: string[]): string | null {
  const letters = acronym.replace(/s$/, '');
  const run = new RegExp(`${CAP_WORD}(?:\\s+(?:(?:for|of|and|the|on)\\s+)*${CAP_WORD})+`, 'gu');
  for (const text of paragraphs) {
    for (const m of text.matchAll(run)) {
      const words = m[0].split(/\s+/).filter((w) => !CONNECTORS.test(w));
      // "the Customs and Border Protection (CBP)"; also a longer run that ends with the expansion
      for (let k = 0; k + 1 < words.length; k++) {
        const tail = words.slice(k);
        if (tail.map((w) => w[0]).join('') !== letters) continue;
        const startWord = tail[0];
        const from = m[0].lastIndexOf(startWord, m[0].length - tail.slice(1).join(' ').length - 1);
        return m[0].slice(Math.max(0, from)).replace(/[,.;:’']+$/, '');
      }
    }
  }
  return null;
}

/** "Alden Capital" for "Alden": the one organisation name the article opens with that word. */
export function orgByFirstWord(word: string, paragraphs: string[]): string | null {
  const re = new RegExp(`(?<!${CAP_WORD}\\s)\\b${escape(word)}\\s+(${CAP_WORD})`, 'gu');
  const names = new Set<string>();
  for (const text of paragraphs) {
    for (const m of text.matchAll(re)) {
      const next = m[1].replace(/[,.;:’']+$/, '');
      if (ORG_WORDS.has(next.toLowerCase())) names.add(`${word} ${next}`);
    }
  }
  return names.size === 1 ? [...names][0] : null;
}
