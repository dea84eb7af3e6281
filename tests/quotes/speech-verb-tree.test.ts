import { describe, expect, it } from 'vitest';
import { formTree } from '../../utils/quotes/form-tree';
import { SPEECH_FORMS, SPEECH_VERB_RE } from '../../utils/quotes/verbs';

// The speech verb pattern is written as a tree of the forms' shared beginnings: it must find
// exactly what the flat alternation of the forms, longest first, finds, where one form begins
// another ("pointed out", "pointed"), where a longer form does not end a word ("sayings"), and
// across a run of spaces or a line break.

const flat = (forms: string[]) =>
  new RegExp(
    `\\b(${[...forms]
      .sort((a, b) => b.length - a.length)
      .map((f) => f.replace(/ /g, '\\s+'))
      .join('|')})\\b`,
    'gi',
  );
const found = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, m[0], m[1]]);

const TEXT =
  'Kanani said on Monday that the sayings were baseless; he Pointed  Out that Tehran had\nexpressed ' +
  'concern, and the ministry added, adding that it was saying so. TOLD reporters: Says who? ' +
  'She reiterated and re-stated it, underscoring the point, and told\u00a0PBS he was telling the truth.';

describe('the speech verb pattern', () => {
  it('finds what the flat alternation of every form finds', () => {
    const all = found(flat([...SPEECH_FORMS.keys()]), TEXT);
    expect(all.length).toBeGreaterThan(10);
    expect(found(SPEECH_VERB_RE, TEXT)).toEqual(all);
  });

  it('prefers the longer of two forms where one begins the other, and falls back where it does not end a word', () => {
    const re = new RegExp(`\\b(${formTree(['say', 'says', 'saying', 'point', 'pointed out', 'pointed'])})\\b`, 'gi');
    expect(found(re, 'saying sayings says pointed  out pointed outward').map((m) => m[1])).toEqual([
      'saying',
      'says',
      'pointed  out',
      'pointed',
    ]);
  });

  it('refuses a form it cannot write', () => {
    expect(() => formTree(['said', 'a.k.a'])).toThrow();
  });
});
