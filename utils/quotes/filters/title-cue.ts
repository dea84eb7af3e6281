import { QUOTATIONS } from '../tuning';
import type { QuotationFilter } from '../rules/types';

/** Words just before a quotation that make it a title or a term, not speech. */
const TITLE_CUE =
  /\b(so-called|dubbed|titled|entitled|named|nicknamed|known as|the term|the word|the words|the phrase|the slogan|the hashtag|the headline|(?:film|book|song|album|show|series|movie|novel|play|podcast|documentary|article|column|essay|report|poem|exhibition|campaign|program|programme|operation|hit|single|track|musical|opera|episode)(?:\s+(?:called|titled))?)\s*[,:]?\s*$/i;

/** 'the so-called “Three Amigos”', 'the film “Parasite”': a quotation named, not said. */
export const titleCue: QuotationFilter = {
  id: 'title-cue',
  stage: 'span',
  rejects: ({ text, s, sp }) =>
    TITLE_CUE.test(text.slice(Math.max(s.start, sp.outerStart - QUOTATIONS.titleCueLookback), sp.outerStart)),
};
