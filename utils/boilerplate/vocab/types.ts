import type { BlockCategory } from '../../types';

/**
 * The cues that say a block is of one kind. Phrases are matched case-insensitively against the
 * block's text; `headings` only against its heading or first line, where a short label
 * ("Read more", "Newsletter") is decisive but would be noise in running text.
 */
export interface Vocabulary {
  category: BlockCategory;
  label: string;
  headings: RegExp[];
  phrases: RegExp[];
  /** Tokens of class names, ids, roles and aria-labels ("sidebar", "newsletter"); a hint only. */
  classTokens: string[];
  /** Link targets typical of the kind (share intents, donation pages). */
  hrefs: RegExp[];
}
