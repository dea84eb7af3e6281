import { describe, expect, it } from 'vitest';
import { afterSpaces, beforeSpaces } from '../../utils/chars';

// The quote stage reads past the spaces around a word or a quotation by character code, where a
// regex or a trim would copy the rest of the paragraph. It must skip exactly what JavaScript's own
// trim does (\s: no-break and ideographic spaces, line breaks), and nothing else (a zero-width space).
const TEXTS = [
  'Kanani said on Sunday, \u00a0 “the claims are baseless.”\n',
  '\t\u3000 U.S. Attorney\u2028',
  '\u200bnot a space',
  '   ',
  '',
];

describe('the runs of spaces around a position', () => {
  it('end where trimStart stops, from any position', () => {
    for (const t of TEXTS)
      for (let i = 0; i <= t.length; i++) expect(afterSpaces(t, i)).toBe(t.length - t.slice(i).trimStart().length);
  });

  it('start where trimEnd stops, going back no further than the floor', () => {
    for (const t of TEXTS)
      for (let floor = 0; floor <= t.length; floor++)
        for (let end = floor; end <= t.length; end++)
          expect(beforeSpaces(t, end, floor)).toBe(floor + t.slice(floor, end).trimEnd().length);
  });
});
