import { datedAs } from '../discourse';
import type { QuotationRule } from './types';

/** A quotation that runs on over paragraphs (each new paragraph opens with a quotation mark and the
 * one before never closed): the speaker of the paragraph where it began. */
export const openChain: QuotationRule = {
  id: 'open-chain',
  credit: ({ sp, continuing, chain }) =>
    (sp.continued || (continuing && sp.outerStart === 0)) && chain
      ? { speaker: chain.speaker, dated: datedAs(chain) }
      : null,
};
