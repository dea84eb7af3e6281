import { describe, expect, it } from 'vitest';
import { savedQuoteFields } from '../../utils/library/request';
import { fromFlatDate } from '../../utils/quote-date';
import { serializableAnalysis } from '../../utils/serialize';
import { analyzeArticle } from '../helpers/article';
import { seedDom } from '../helpers/seeds';

// The analysis holds a quote's date as one object; what is written out (the CLI's JSON Lines, which
// the corpus scorer reads, and the library's saved records) keeps the flat fields of QUOTES.md.

const { dom, gold } = seedDom('moscowtimes-iran-permission');
const a = analyzeArticle(dom.window.document, gold.url);
const burns = a.quotes.find((q) => q.text.includes('poses real threats'))!;
const kanani = a.quotes.find((q) => q.text.includes('does not seek permission'))!;
const western = a.quotes.find((q) => q.speaker.name === 'Western countries')!;

describe("a quote's date", () => {
  it('says the day, where it came from and the words, in one object', () => {
    expect(burns.date).toEqual({ iso: '2022-12-16', source: 'text', words: expect.stringMatching(/Friday/) });
    expect(kanani.date).toEqual({ iso: '2022-12-18', source: 'text', words: 'on Sunday' });
    // the article does not say when; its publication day stands in
    expect(western.date).toEqual({ iso: '2022-12-18', source: 'published', words: null });
  });

  it('is written flat in the JSON Lines, the day as the string the scorer compares', () => {
    const line = JSON.parse(JSON.stringify(serializableAnalysis(a)));
    const written = line.quotes.find((q: { text: string }) => q.text === burns.text);
    expect(written).toMatchObject({ date: '2022-12-16', dateSource: 'text', dateText: burns.date!.words });
    expect(written.date.slice(0, 10)).toBe('2022-12-16');
  });

  it('survives saving: a saved record gives back the same date', () => {
    for (const q of [burns, kanani, western]) expect(fromFlatDate(savedQuoteFields(q))).toEqual(q.date);
  });

  it('an undated quote stays undated through both shapes', () => {
    const undated = { ...kanani, date: null };
    const record = savedQuoteFields(undated);
    expect(record).toMatchObject({ date: null, dateSource: null, dateText: null });
    expect(fromFlatDate(record)).toBeNull();
  });
});
