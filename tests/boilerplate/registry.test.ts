// The category registry is the one list of boilerplate kinds: a kind is one file in
// utils/boilerplate/categories/, its labelled fixtures and one line in categories/index.ts. These
// checks fail when one of the three is missing, or when two kinds would fight over a cue or a label.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, type Category } from '../../utils/boilerplate/categories';
import { loadLabelled } from './labelled';

const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../utils/boilerplate/categories');
const NOT_CATEGORIES = new Set(['index.ts', 'types.ts']);

const isCategory = (x: unknown): x is Category =>
  typeof x === 'object' && x !== null && 'id' in x && 'label' in x && 'classTokens' in x && 'summaryRank' in x;

/** The sites (host names) with a block labelled as each kind, over both labelled sets. */
function labelledSites(): Map<string, Set<string>> {
  const sites = new Map<string, Set<string>>();
  for (const set of [loadLabelled('blocks.json'), loadLabelled('heldout.json')])
    for (const b of set.blocks) {
      const host = new URL(set.pages[b.page].url).hostname.replace(/^www\./, '');
      if (!sites.has(b.category)) sites.set(b.category, new Set());
      sites.get(b.category)!.add(host);
    }
  return sites;
}

describe('the category registry', () => {
  it('registers every category file, and each file holds the category its name says', async () => {
    const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.ts') && !NOT_CATEGORIES.has(f));
    for (const file of files) {
      const exported = Object.values(await import(path.join(DIR, file))).filter(isCategory);
      expect(
        exported.map((c) => c.id),
        file,
      ).toEqual([file.replace(/\.ts$/, '')]);
      expect(CATEGORIES, `${file} is not in categories/index.ts`).toContain(exported[0]);
    }
    expect(CATEGORIES.length).toBe(files.length);
  });

  it('has labelled blocks of every category from at least two sites', () => {
    const sites = labelledSites();
    for (const c of CATEGORIES) expect(sites.get(c.id)?.size ?? 0, c.id).toBeGreaterThanOrEqual(2);
    // a label for a kind the registry does not know would never be scored
    for (const id of sites.keys()) expect(CATEGORIES.map((c) => c.id)).toContain(id);
  });

  it('gives no class token to two categories', () => {
    const owner = new Map<string, string>();
    for (const c of CATEGORIES)
      for (const t of new Set([...c.classTokens, ...(c.hints?.landmarkTokens ?? [])])) {
        expect(owner.get(t) ?? c.id, `class token "${t}"`).toBe(c.id);
        owner.set(t, c.id);
      }
  });

  it('gives every category its own label and its own place in the summary', () => {
    const labels = CATEGORIES.map((c) => c.label.toLowerCase());
    expect(new Set(labels).size).toBe(labels.length);
    const ranks = CATEGORIES.map((c) => c.summaryRank);
    expect(new Set(ranks).size).toBe(ranks.length);
  });
});
