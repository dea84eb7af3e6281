// Reported speech against the words it reports: "Kanaani added that Iran will not ask for
// permission from anyone for its foreign relations" against Tehran "does not seek permission from
// anyone". The wording differs, the content words (stemmed) largely do not. The measure is the
// share of the smaller side's content words that the other holds, since a short quote ("national
// interests") is often a piece of a long paraphrase, and a paraphrase a piece of a long quote.
// Names count for less than other words (`LINK_DEFAULTS.nameWeight`): "President Trump" is in every
// statement about him, and two statements that share only who they are about are two statements.

import { LINK_DEFAULTS } from './tunables';

export interface StemOverlap {
  /** Content stems in both. */
  shared: number;
  /** Weight of the stems in both (a name counts `nameWeight`, any other word 1). */
  weight: number;
  /** `weight` over the weight of the side with less. */
  score: number;
}

export interface WeightedStems {
  stems: readonly string[];
  /** The stems among `stems` that are names. */
  names?: readonly string[];
}

export function stemOverlap(a: WeightedStems, b: WeightedStems, nameWeight = LINK_DEFAULTS.nameWeight): StemOverlap {
  const weightOf = (x: WeightedStems) => {
    const names = new Set(x.names ?? []);
    return (s: string) => (names.has(s) ? nameWeight : 1);
  };
  const wa = weightOf(a),
    wb = weightOf(b);
  const total = (x: WeightedStems, w: (s: string) => number) => x.stems.reduce((t, s) => t + w(s), 0);
  const ta = total(a, wa),
    tb = total(b, wb);
  const [small, large] = ta <= tb ? [a, b] : [b, a];
  const set = new Set(large.stems);
  let shared = 0,
    weight = 0;
  // a word that is a name on either side ("music" in "American Music Awards") counts as a name
  for (const s of small.stems)
    if (set.has(s)) {
      shared++;
      weight += Math.min(wa(s), wb(s));
    }
  const smallTotal = Math.min(ta, tb);
  return { shared, weight, score: smallTotal ? weight / smallTotal : 0 };
}
