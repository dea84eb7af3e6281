import { describe, expect, it } from 'vitest';
import { ADVERB_TAIL, AUX_LAST_WORDS, AUX_TAIL, withoutAuxiliaries } from '../../utils/quotes/attribution/subjects';

// The words before a speech verb lose their auxiliaries and adverbs ("Sondland has", "Prison union
// representatives have long"); the tails are sought only where the last word may end one, and that
// gate must let through every text the patterns would cut.

/** The patterns run on the whole text, every time: what the gate must agree with. */
const everyTime = (words: string) =>
  words.trimEnd().replace(AUX_TAIL, '').replace(ADVERB_TAIL, '').replace(AUX_TAIL, '');

/** The words before speech verbs in the tail pages of the bench (Scrapinghub), cut and kept. */
const REAL = [
  'He also ',
  'but Early still ',
  'and a newly ',
  'but Sondland has ',
  'Sondland routinely ',
  'that U.S. aid might be freed if the country would ',
  'But multiple friends of Mike Ford had ',
  'Prison union representatives have long ',
  ' Thomas allegedly ',
  ' away from the metrics it once ',
  'and Beijing officials ultimately ',
  'as they had initially ',
  ' it has also ',
  'The New York Times ',
  'Iran’s Foreign Ministry spokesman Nasser Kanani ',
  'the company ',
  'The US Embassy in New Delhi maintains its own air quality monitor and ',
];

/** Tails of every kind of AUX_TAIL group, in any case, alone and after others. */
const TAILS = [
  'has',
  'HAS ALSO',
  'in a Statement',
  'in an interview',
  'on Twitter',
  'on Monday',
  'Sunday',
  'on Dec. 9',
  'Nov 5, 2019',
  'September 12,2019',
  'yesterday',
  'last  week',
  'this morning',
  'has long in a tweet',
  'also flatly',
  'flat-out',
  'family',
  'Italy',
];

describe('withoutAuxiliaries', () => {
  it('cuts what the patterns cut from the words before real speech verbs', () => {
    expect(REAL.map(withoutAuxiliaries)).toEqual(REAL.map(everyTime));
    expect(withoutAuxiliaries('Prison union representatives have long ')).toBe('Prison union representatives');
    expect(withoutAuxiliaries('Sondland routinely ')).toBe('Sondland');
  });

  it('cuts what the patterns cut from every kind of tail, after a subject and after one another', () => {
    const texts = TAILS.flatMap((t) => TAILS.map((u) => `The minister ${t} ${u}`)).concat(
      TAILS.map((t) => ` ${t}\u00a0`),
    );
    expect(texts.map(withoutAuxiliaries)).toEqual(texts.map(everyTime));
    expect(withoutAuxiliaries('The minister has also on Dec. 9, 2019')).toBe('The minister');
  });

  it('knows the last word of every group of AUX_TAIL', () => {
    const source = AUX_TAIL.source;
    const inner = source.slice(source.indexOf('(?:', 3) + 3, source.lastIndexOf('))+$'));
    const groups: string[] = [];
    let depth = 0;
    let from = 0;
    for (let i = 0; i < inner.length; i++) {
      if (inner[i] === '\\') i++;
      else if (inner[i] === '(') depth++;
      else if (inner[i] === ')') depth--;
      else if (inner[i] === '|' && depth === 0) {
        groups.push(inner.slice(from, i));
        from = i + 1;
      }
    }
    groups.push(inner.slice(from));
    expect(groups.length).toBeGreaterThan(40);
    for (const group of groups) {
      // what follows the group's last space (a date ends in \d: any word ending in a digit passes)
      const last = group.split(/\\s[+*]?| /).at(-1)!;
      if (last.includes('\\d')) continue;
      for (const word of last.replace(/^\(\?:|\)$/g, '').split('|')) expect(AUX_LAST_WORDS, group).toContain(word);
    }
  });
});
