import type { Quote, QuoteDate, Speaker } from '../types';
import type { Scene } from './dates/scenes';

// What the article has said so far that the next quotation is read against: a quotation left open
// at a paragraph's end (its speaker may be named only where it closes), the last quote and where
// it was, and the occasions the article has dated ("the March 21 call"). Kept here, with a method
// for each question the quote rules ask, so no rule reaches into another's bookkeeping.

/** A quotation still open at the end of a paragraph: its speaker, its date, and the quotes that
 * wait for a speaker named only at its end. */
export interface OpenChain {
  speaker: Speaker;
  date: QuoteDate | null;
  pending: Quote[];
}

/** A quote's date, to give to another quote in the same voice (a copy: a later rule may re-date
 * one of them). */
export const datedAs = (q: { date: QuoteDate | null }): QuoteDate | null => (q.date ? { ...q.date } : null);

export class Discourse {
  private open: OpenChain | null = null;
  private lastQuote: Quote | null = null;
  private lastQuoteParagraph = -9;
  private readonly occasions = new Map<string, QuoteDate>();
  /** The occasions with many voices the story dated, in order (dates/scenes.ts). */
  readonly scenes: Scene[] = [];

  /** `ref`: the reference date of relative dates; `updated`: the day of a later update. */
  constructor(
    readonly ref: Date,
    readonly updated: string | null,
    readonly publishedDay: string | null,
  ) {}

  /** Whether the paragraph about to be read goes on with a quotation left open. */
  get continuing(): boolean {
    return !!this.open;
  }

  /** The quotation left open before, which the paragraph now being read takes over. */
  takeOpenChain(): OpenChain | null {
    const chain = this.open;
    this.open = null;
    return chain;
  }

  /** A quotation that `q` begins stays open past the paragraph's end. */
  leaveOpen(speaker: Speaker, q: Quote): void {
    this.open = { speaker, date: datedAs(q), pending: [] };
  }

  /** The paragraph `pi` gave these quotes. */
  endParagraph(quotes: Quote[], pi: number): void {
    if (quotes.length) {
      this.lastQuote = quotes.at(-1)!;
      this.lastQuoteParagraph = pi;
    }
    if (this.open && !this.open.speaker.name) this.open.pending.push(...quotes);
  }

  /** The last quote, when it is at most `reach` paragraphs before paragraph `pi`. */
  recentQuote(pi: number, reach: number): Quote | null {
    return this.lastQuote && pi - this.lastQuoteParagraph <= reach ? this.lastQuote : null;
  }

  /** An occasion of a kind ("letter", "call") the article dated. */
  dateOccasion(kind: string, dated: QuoteDate): void {
    this.occasions.set(kind, dated);
  }

  /** From its paragraph on, the story may tell an occasion of many voices it dated. */
  openScene(scene: Scene): void {
    this.scenes.push(scene);
  }

  occasionDate(kind: string): QuoteDate | null {
    return this.occasions.get(kind) ?? null;
  }

  /** The publication day, for a quote whose text gives no date of its own. */
  publishedDate(): QuoteDate | null {
    return this.publishedDay ? { iso: this.publishedDay, source: 'published', words: null } : null;
  }
}
