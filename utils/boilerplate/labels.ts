import type { BlockCategory } from '../types';
import { CATEGORY_LABELS } from './categories';

/** The label a reader sees on a mark: the category's, or a finer one where the cue says more. */
export function labelFor(category: BlockCategory, cues: string[]): string {
  if (cues.includes('figcaption') || cues.includes('caption')) return 'Photo caption';
  if (cues.includes('headline') || cues.includes('byline') || cues.includes('dateline'))
    return 'Headline, byline or date';
  if (cues.includes('line:tags')) return 'Tags';
  if (category === 'other' && cues.some((c) => c.includes('links:other') || c.includes('heading:other'))) return 'Tags';
  return CATEGORY_LABELS[category];
}
