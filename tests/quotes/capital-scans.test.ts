import { describe, expect, it } from 'vitest';
import { isUpperAt, matchesFromCapitals, matchesFromCapitalsIn, uppercaseStarts } from '../../utils/quotes/matches';

// The capital scans read each text's capitals once and try a pattern only there: they must find
// exactly what the same pattern scanning globally finds, on a whole paragraph and on one of its
// sentences, however many patterns have read the text before.

const RUN = "[\\p{Lu}][\\p{L}\\p{M}'’.-]*(?:\\s+[\\p{Lu}][\\p{L}\\p{M}'’.-]*)*";
const global = (text: string) => [...text.matchAll(new RegExp(RUN, 'gu'))].map((m) => [m.index, m[0]]);
const found = (ms: RegExpExecArray[]) => ms.map((m) => [m.index, m[0]]);

const PARAGRAPH =
  'Iran’s Foreign Ministry spokesman Nasser Kanani said on Monday. Élodie Durand of Électricité de France ' +
  'told reporters that 𝐁old Capitals and Ölaf Ünter were there. “We will not,” said the U.S. Ambassador.';

describe('capital scans', () => {
  it('find what a global scan of the paragraph finds', () => {
    expect(found(matchesFromCapitals(new RegExp(RUN, 'uy'), PARAGRAPH))).toEqual(global(PARAGRAPH));
  });

  it('find in one sentence what a global scan of that sentence alone finds, after other scans of the paragraph', () => {
    matchesFromCapitals(/[\p{Lu}]\p{Ll}+/uy, PARAGRAPH); // another pattern reads the paragraph first
    const start = PARAGRAPH.indexOf('Élodie');
    const end = PARAGRAPH.indexOf('“We');
    const sentence = PARAGRAPH.slice(start, end);
    expect(found(matchesFromCapitalsIn(new RegExp(RUN, 'uy'), PARAGRAPH, start, end))).toEqual(global(sentence));
  });

  it('do not run a match past the end of the sentence into the next one', () => {
    const text = 'He met Kanani. Burns spoke.';
    const end = text.indexOf(' Burns');
    expect(found(matchesFromCapitalsIn(new RegExp(RUN, 'uy'), text, 0, end))).toEqual([
      [0, 'He'],
      [7, 'Kanani.'],
    ]);
  });
});

describe('uppercaseStarts', () => {
  it('finds every position isUpperAt finds, astral capitals and lone surrogates included', () => {
    const text = `${PARAGRAPH} ΣΩ ß Ⅻ \ud835 A\udc01 \ud835\udc01X ǅ İ 𐐀𐐨`;
    const each = Array.from({ length: text.length }, (_, i) => i).filter((i) => isUpperAt(text, i));
    expect(uppercaseStarts(text)).toEqual(each);
  });

  it('finds every capital of the Basic Multilingual Plane, and passes over masked quotations and curly quotes', () => {
    const units = Array.from({ length: 0xffff - 0x20 }, (_, k) => k + 0x20).filter((c) => c < 0xd800 || c > 0xdfff);
    const text = `${String.fromCharCode(...units)} ‘Ångström’ “░░░ ░░” — Ǆ ℂ 𝐁`;
    const each = Array.from({ length: text.length }, (_, i) => i).filter((i) => isUpperAt(text, i));
    expect(each.length).toBeGreaterThan(1000);
    expect(uppercaseStarts(text)).toEqual(each);
  });
});
