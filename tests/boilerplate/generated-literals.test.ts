import { describe, expect, it } from 'vitest';
import { VOCABULARIES } from '../../utils/boilerplate/vocab';
import { literalTable } from '../../utils/boilerplate/vocab/literals';
import { HEADING_LITERALS, PHRASE_LITERALS } from '../../utils/boilerplate/vocab/generated-literals';

// The classifier takes each vocabulary pattern's literals from a table written at build time. One
// that no longer fits its pattern makes the pattern run on every block (slower, still right); one
// that fits in length but not in words would skip the pattern where it matches.
const STALE = 'utils/boilerplate/vocab/generated-literals.ts is stale: run `npx tsx scripts/gen-literals.ts`';

describe('generated literal tables', () => {
  it('hold what the phrase patterns of every vocabulary require now', () => {
    expect(PHRASE_LITERALS, STALE).toEqual(literalTable(VOCABULARIES.map((v) => v.phrases)));
  });
  it('hold what the heading patterns of every vocabulary require now', () => {
    expect(HEADING_LITERALS, STALE).toEqual(literalTable(VOCABULARIES.map((v) => v.headings)));
  });
  it('gate nearly every pattern with a literal, as the parse does', () => {
    // the classifier's speed rests on this: a table of nulls would pass the checks above only if
    // the parser itself had stopped finding literals
    for (const t of [PHRASE_LITERALS, HEADING_LITERALS]) {
      const all = t.literals.flat();
      expect(all.filter((l) => l === null).length).toBeLessThanOrEqual(2);
      expect(all.length).toBeGreaterThan(50);
    }
  });
});
