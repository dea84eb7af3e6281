import { CATEGORIES, type BlockCategory, type Category } from '../categories';
import { unicodeAll } from './words';

export type Vocabulary = Category<BlockCategory>;
// word boundaries made Unicode-aware once, here, for every category
export const VOCABULARIES: Vocabulary[] = CATEGORIES.map((v) => ({
  ...v,
  headings: unicodeAll(v.headings),
  phrases: unicodeAll(v.phrases),
  lines: unicodeAll(v.lines ?? []),
}));
