import { describe, expect, it } from 'vitest';
import { beforeJoint } from '../../utils/quotes/joint';

// A report or a mixed quote's clause is cut before the joint it ends with: beforeJoint must keep
// exactly what removing /[\s,;:\u2014-]*(?:\b(?:WORDS)\s*)?$/i keeps, which is what it replaces.

const WORDS = 'and|but|while|as|adding|saying';
const PATTERN = new RegExp(`[\\s,;:\\u2014-]*(?:\\b(?:${WORDS})\\s*)?$`, 'i');
const WORD = new RegExp(`\\b(?:${WORDS})$`, 'i');
const kept = (clause: string) => clause.replace(PATTERN, '').length;

const TOKENS = [
  'and',
  'AND',
  'band',
  '_and',
  'saying',
  'as',
  'has',
  'it',
  ',',
  ';',
  ':',
  '—',
  '-',
  ' ',
  '\u00a0',
  '\n',
  '“',
  '.',
  'x',
];

/** Clauses of up to six tokens, drawn from a fixed sequence (a linear congruential generator). */
function* clauses(n: number): Generator<string> {
  let seed = 17;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  for (let k = 0; k < n; k++) {
    const length = next() % 7;
    let s = '';
    for (let t = 0; t < length; t++) s += TOKENS[next() % TOKENS.length];
    yield s;
  }
}

describe('beforeJoint', () => {
  it('cuts the real clauses where the pattern does', () => {
    const real = [
      'the president’s “mercurial temperament” had complicated the task, and ',
      'the move was “another measure” to curb dissent, saying',
      'it viewed the move as another measure —',
      'Apple employs 90,000 people in the U.S. while ',
      'prices will rise as',
      'the company has',
    ];
    for (const c of real) expect(beforeJoint(c, WORD)).toBe(kept(c));
    expect(real.map((c) => c.slice(0, beforeJoint(c, WORD))).at(1)).toBe(
      'the move was “another measure” to curb dissent',
    );
  });

  it('keeps what the pattern keeps for any mix of words, marks and spaces at the end', () => {
    let differ = 0;
    for (const c of clauses(20000)) if (beforeJoint(c, WORD) !== kept(c)) differ++;
    expect(differ).toBe(0);
  });
});
