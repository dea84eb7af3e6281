import { directiveFromAnchor } from '../cite/fragment';
import type { QuoteAnchor } from '../types';

// How a saved record changes shape from one schema version to the next. Used twice: by the
// database upgrade (schema.ts), on every record a reader's library holds, and by imports of files
// exported by an older version. A step, once released, is never edited.

type Rec = Record<string, unknown>;

export const RECORD_UPGRADES: Record<number, (r: Rec) => Rec> = {
  // v2: the link to the exact words. A v1 record was saved without the page's own check of which
  // words are unique, so its directive is rebuilt from the anchor, with context on both sides.
  2: (r) => ({ ...r, fragment: directiveFromAnchor(r.anchor as QuoteAnchor) }),
};

/**
 * The shape of a saved quote, as exports name it (`schema`). The database's version (schema.ts)
 * also counts changes of layout that leave the records as they were (v3 added a store), so an
 * export is numbered by its records' shape: a file from this version still imports into the last.
 */
export const RECORD_SCHEMA = Math.max(...Object.keys(RECORD_UPGRADES).map(Number));

/** A record of schema `from`, brought to schema `to` step by step. */
export function upgradeRecord(r: Rec, from: number, to: number): Rec {
  let out = r;
  for (let v = from + 1; v <= to; v++) out = RECORD_UPGRADES[v]?.(out) ?? out;
  return out;
}
