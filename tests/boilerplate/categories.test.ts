// Each kind of boilerplate on real pages: the labelled block is flagged with its kind, and its text
// is not in the main body (what a reader would notice: the appeal is marked "Donation appeal" and
// does not show up in the copied article).
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeLabelledPage, loadLabelled, matchLabel, scoreMatches, type Match } from './labelled';

const set = loadLabelled();
const matches = new Map<number, Match>();

beforeAll(() => {
  set.blocks.forEach((b, i) => matches.set(i, matchLabel(analyzeLabelledPage(set, b.page), b)));
}, 240_000);

const categories = [...new Set(set.blocks.map((b) => b.category))];

describe.each(categories)('%s blocks', (category) => {
  const cases = set.blocks.map((b, i) => ({ ...b, i })).filter((b) => b.category === category);
  it.each(cases)(`$page: "$text" is flagged ${category} and left out of main`, ({ i }) => {
    const m = matches.get(i)!;
    expect(m.predicted, `block text: ${m.blockText ?? '(no block holds it)'}`).toBe(category);
    expect(m.inMain).toBe(false);
  });
});

describe('the labelled set', () => {
  // that every kind has labelled blocks from two sites or more: registry.test.ts
  it('scores every kind at precision and recall 1 on these pages', () => {
    for (const r of scoreMatches([...matches.values()])) {
      expect(r.recall, r.category).toBe(1);
      expect(r.precision, r.category).toBe(1);
    }
  });
});
