import type { Quote, QuoteDate, Speaker } from '../../types';
import type { Attribution } from '../attribution';
import type { Discourse, OpenChain } from '../discourse';
import type { QuoteSpan } from '../quote-marks';
import type { Sentence } from '../sentences';
import type { Speakers } from '../speakers/resolve';

/** One quotation in its sentence, with what the rules may ask about it. */
export interface SpanContext {
  /** The paragraph, as written and with its quotations masked, and its index. */
  text: string;
  masked: string;
  pi: number;
  sentences: Sentence[];
  s: Sentence;
  sp: QuoteSpan;
  /** The quoted words, trimmed, and how many there are. */
  content: string;
  words: number;
  /** The attribution nearest the quotation in its sentence, if the sentence has one. */
  attr: Attribution | null;
  /** Every attribution of the sentence. */
  attrs: readonly Attribution[];
  /** The paragraph goes on with a quotation left open in the one before, and that quotation. */
  continuing: boolean;
  chain: OpenChain | null;
  /** The quotes the paragraph has given so far. */
  found: Quote[];
  discourse: Discourse;
  speakers: Speakers;
  /** The date an attribution's own words give. */
  dateOf(attr: Attribution): QuoteDate | null;
}

/** Who said a quotation, and when; a null date means the publication date. */
export interface Credit {
  speaker: Speaker;
  dated: QuoteDate | null;
}

/** A construction that credits a quotation to a speaker ("…,” Lopez said", a floating quote that
 * goes on in the last speaker's voice). The rules are tried in the order rules/index.ts declares;
 * the first that credits the quotation wins, and one that credits none leaves it unquoted. */
export interface QuotationRule {
  id: string;
  credit(c: SpanContext): Credit | null;
}

/** A kind of quotation that is not speech (a title, a scare quote). `stage`: whether it is told by
 * the quotation alone (`span`, tried before any rule) or by how a rule credited it (`credited`). */
export interface QuotationFilter {
  id: string;
  stage: 'span' | 'credited';
  rejects(c: SpanContext): boolean;
}
