import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../utils/quotes/quote-marks';
import { find, quotesOf } from './helpers';

// Direct quotes: quotation marks of any typography, split by the attribution, introduced by a
// colon, or going on in the next sentence.

describe('direct quotes', () => {
  it('splits a quote around its attribution into two entries', () => {
    const q = quotesOf([
      '“Cooperation with Russia is not against any third country,” Nasser Kanani said, “and it never will be.”',
    ]);
    expect(q.map((x) => x.text)).toEqual([
      'Cooperation with Russia is not against any third country,',
      'and it never will be.',
    ]);
    expect(q.every((x) => x.speaker.name === 'Nasser Kanani')).toBe(true);
  });

  it('pairs a curly opener with a straight closer and the other way round', () => {
    const spans = findQuoteSpans(
      '“Forty-five years of practicing law," he said, "has convinced me that there are no coincidences.”',
    );
    expect(spans).toHaveLength(2);
    const q = quotesOf([
      '"And I asked, well, on whose authority?” said Fiona Hill, who will testify Thursday. "And he said, the President."',
    ]);
    expect(find(q, 'the President')?.speaker.name).toBe('Fiona Hill');
  });

  it('tells apostrophes from single quotes', () => {
    const q = quotesOf([
      "'We don't negotiate with anyone who isn't serious,' the minister's spokesman, John Reed, said.",
    ]);
    expect(q).toHaveLength(1);
    expect(q[0].text).toBe("We don't negotiate with anyone who isn't serious,");
  });

  it('keeps a short sentence of speech that goes on from the quote before it', () => {
    const q = quotesOf([
      '“It grabbed me by the heart the moment I heard it,” director Tom Harper said. “It just connected.”',
    ]);
    expect(find(q, 'It just connected.')?.speaker.name).toBe('Tom Harper');
  });

  it('gives a colon-led quote to the subject of the clause before the colon', () => {
    const q = quotesOf([
      'Songwriter Caitlyn Smith agreed: “It’s a different job altogether. If you write for someone else, it’s wide open.”',
    ]);
    expect(find(q, 'different job')?.speaker.name).toBe('Caitlyn Smith');
  });

  it('reads "the source said" and new verbs ("recounted")', () => {
    const q = quotesOf([
      '“Nobody is preventing civilians from leaving the camp,” the source said.',
      '“My people had $20 billion done,” Donald Trump recounted in a cabinet meeting.',
    ]);
    expect(find(q, 'preventing civilians')?.speaker.role).toBe('source');
    expect(find(q, '$20 billion')?.speaker.name).toBe('Donald Trump');
  });
});

describe('not quotes', () => {
  it('ignores pleas, descriptions with clauses of their own and opening circumstances', () => {
    const q = quotesOf([
      'Both officers pleaded not guilty in Manhattan federal court on Tuesday afternoon and were released on bond.',
      'Coty acquired a 51% ownership position in the portfolio, a deal announced at the beginning of the week.',
    ]);
    expect(q).toHaveLength(0);
  });

  it('reads "…, the brokerage said." but not "In a letter, the doctors pleaded with …" as the clause before', () => {
    const q = quotesOf([
      'An extended slowdown could result in the market losing hope of a revival in demand, the brokerage said.',
      'In a Nov. 5 letter, the doctors pleaded with the administration to reconsider its decision on vaccines.',
    ]);
    expect(find(q, 'extended slowdown')?.kind).toBe('indirect');
    expect(find(q, 'In a Nov. 5 letter')).toBeUndefined();
    expect(find(q, 'the administration to reconsider')?.speaker.name).toBe('doctors');
  });
});

describe('titles inside reported speech', () => {
  it('drops a title-case name quoted inside a reported clause', () => {
    const q = quotesOf([
      'Matt Maley said on the show “Trading Nation” that the stock could be a risky bet with a worthy reward.',
    ]);
    expect(find(q, 'Trading Nation')).toBeUndefined();
    expect(find(q, 'risky bet')?.speaker.name).toBe('Matt Maley');
  });

  it('drops a name with a number quoted after an order verb (nytimes.com, trafilatura-dev)', () => {
    const q = quotesOf([
      'At 6:36 p.m., California ISO ordered its “Stage 3” action, where the utilities that are part of its electric grid network cut power to some customers.',
    ]);
    expect(find(q, 'Stage 3')).toBeUndefined();
  });
});

describe('broken quotation marks', () => {
  it('ends a quotation that never closes where the next one opens, and keeps a title quoted', () => {
    const q = quotesOf([
      'Director Tom Harper listened to the songs that were sent in for the film.',
      'At the last minute, a sample came in called “Glasgow (“No Place Like Home”). “It grabbed me by the heart the moment I heard it,” he said. “It just connected.”',
    ]);
    expect(find(q, 'grabbed me by the heart')?.speaker.name).toBe('Tom Harper');
    expect(q.some((x) => x.speaker.name === 'Place Like Home')).toBe(false);
  });
});
