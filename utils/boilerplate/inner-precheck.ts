import type { BlockFeatures } from './features';
import { hasVocabularyEvidence } from './classify';

/**
 * The least score inside the body that the inner pass flags a block on, when a phrase of a
 * vocabulary and a class name or links of its kind back it (segment.ts's inspectInner; any other
 * block needs INSIDE_MIN_SCORE there).
 */
export const INNER_LEAST_SCORE = 2.5;

/**
 * Whether the classifier cannot give a block a score the inner pass flags it on, told without
 * classifying it: most lines of an article (a recipe's steps, a meal plan's portions, a sentence
 * with a link to its source) have no vocabulary phrase, no labelled heading and no link of a kind,
 * and classifying each read its class names, forms and structure only to find it was nothing. (The
 * rules that name a block by its links alone, a teaser or a related line, are asked apart.)
 *
 * Why it is safe: inside the body a block's evidence can only come from its words (a phrase, a
 * heading) and links of a kind (asked here, and kept for classify), a form or an e-mail field (3),
 * a menu landmark (3), a frame in a near-empty block (2), three links or more (a teaser list, 2),
 * or the weak cues: one class name per kind (1.5), an <aside> (1), a lone linked picture (1), an
 * overlay, data-nosnippet or aria-hidden (0.5 each). Without the first five the weak cues add up to
 * 2.5 at most (a sidebar class on an aside), below INSIDE_MIN_SCORE, and with no phrase there is
 * no text cue for the INNER_LEAST_SCORE rule. tests/boilerplate/inner-precheck.test.ts classifies
 * every mix of the cues let through and fails if a rule or weight of classify's moves past this.
 */
export function cannotScoreInside(f: BlockFeatures): boolean {
  return (
    f.links.length <= 2 &&
    f.tag !== 'nav' &&
    f.role !== 'navigation' &&
    f.role !== 'menubar' &&
    !f.hasForm &&
    !f.hasEmailInput &&
    !(f.words < 5 && f.iframes > 0) &&
    !hasVocabularyEvidence(f)
  );
}
