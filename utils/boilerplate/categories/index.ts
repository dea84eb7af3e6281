// The one list of boilerplate categories. Everything else that names them (the type, the marks'
// labels and tones, the popup's summary order, the segmenter's word-told kinds, the tests' labels)
// is derived from it. Adding a category: its file here, its labelled fixtures, one line below.
import { ad } from './ad';
import { authorBio } from './author-bio';
import { comments } from './comments';
import { consent } from './consent';
import { donation } from './donation';
import { footer } from './footer';
import { nav } from './nav';
import { newsletter } from './newsletter';
import { other } from './other';
import { related } from './related';
import { share } from './share';
import { sidebar } from './sidebar';

export type { Category, StructuralHints } from './types';

/** In the order the classifier weighs them: when two score alike, the earlier one wins. */
export const CATEGORIES = [
  donation,
  newsletter,
  consent,
  ad,
  authorBio,
  share,
  comments,
  related,
  sidebar,
  nav,
  footer,
  other,
] as const;

export type BlockCategory = (typeof CATEGORIES)[number]['id'];
export const BLOCK_CATEGORIES: readonly BlockCategory[] = CATEGORIES.map((c) => c.id);

/** What a reader sees on each kind's mark and in the popup summary. */
export const CATEGORY_LABELS = Object.fromEntries(CATEGORIES.map((c) => [c.id, c.label])) as Record<
  BlockCategory,
  string
>;

/** Blocks in the order the popup's summary names their kinds (page order within a kind): the
 * kinds a reader most wants named first, site furniture last. */
export function inSummaryOrder<B extends { category: BlockCategory }>(blocks: readonly B[]): B[] {
  const ranks = new Map<string, number>(CATEGORIES.map((c) => [c.id, c.summaryRank]));
  const rank = (b: B) => ranks.get(b.category) ?? Infinity;
  return [...blocks].sort((a, b) => rank(a) - rank(b));
}
