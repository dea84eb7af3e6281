import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers';

// A morning story dates its undated quotes by the day before its lead names (the news day). A
// statement the story brings in ("Tottenham said in a statement:") is an occasion of its own,
// undated: it keeps the publication date, and so do the paragraphs that go on with it. Unless the
// lead's news is itself a statement ("the interior minister said on Tuesday"): then the ministry's
// statement is that one.

describe('a statement in a story whose news day is an event', () => {
  it('keeps the publication date, with the paragraphs that continue it', () => {
    // news.sky.com (921019755f4a), stamped 2019-11-20 06:37 (London)
    const q = quotesOf(
      [
        "Jose Mourinho has agreed a deal to replace Mauricio Pochettino as Tottenham's manager until the end of the 2022/23 season.",
        'Pochettino was sacked last night after five-and-a-half years in charge, and less than six months after leading Spurs to their first ever Champions League final.',
        "Negotiations between the London side and Mourinho's representatives intensified over the last few days, with talks continuing into Tuesday night.",
        'The Portuguese boss had been out of work since being sacked by Manchester United in December 2018.',
        'Tottenham said in a statement: "Jose is one of the world\'s most accomplished managers having won 25 senior trophies.',
        '"He is renowned for his tactical prowess and has managed FC Porto, Inter Milan, Chelsea, Real Madrid and Manchester United.',
        '"He has won a domestic title in a record four different countries (Portugal, England, Italy and Spain) and is one of only three managers to have won the UEFA Champions League twice with two clubs, FC Porto in 2004 and Inter Milan in 2010."',
      ],
      '2019-11-20T06:37:00',
    );
    expect(find(q, 'most accomplished managers')?.date).toMatchObject({ iso: '2019-11-20', source: 'published' });
    expect(find(q, 'tactical prowess')?.date?.iso).toBe('2019-11-20');
    expect(find(q, 'domestic title')?.date?.iso).toBe('2019-11-20');
  });

  it('keeps it when the statement is quoted after the day-before event ("comments Johnston in a statement")', () => {
    // billboard.com (9cb8224b6603), stamped 2019-11-19 00:51 New York time
    const q = quotesOf(
      [
        'To celebrate 50 years since the band’s formation, founding members Tom Johnston, Michael McDonald, Pat Simmons and John McFee will reunite for a special North American tour next year.',
        'Simmons teased The Doobie Brothers 50th Anniversary Tour trek during the band’s set Monday night (Nov. 18) at the Ryman Auditorium in Nashville, Tennessee, part of a short outing that includes performances of its albums Toulouse Street and The Captain and Me.',
        "“We're truly excited about our 50th Anniversary Tour,” comments Johnston in a statement, “as it's a celebration of the band’s entire history. We'll be performing songs from our full catalog, as well as new music.”",
      ],
      '2019-11-19T00:51:04-05:00',
    );
    expect(find(q, 'truly excited')?.date?.iso).toBe('2019-11-19');
  });
});

describe('a statement in a story whose news day is a statement', () => {
  it('takes the news day', () => {
    // nbcnews.com (5a822960b6d4), stamped 2019-11-20 09:28 UTC
    const q = quotesOf(
      [
        "VIENNA — The house where Adolf Hitler was born will be turned into a police station, Austria's interior minister said on Tuesday, after years of debate over how best to prevent it becoming a pilgrimage site for neo-Nazis.",
        "Having recently carried out a compulsory purchase of the house in Braunau am Inn, a town on the border with Germany, Austria will invite architects to submit plans for a redesign of the building. It will house the local police force's offices, the Interior Ministry said in a statement.",
      ],
      '2019-11-20T09:28:00Z',
    );
    expect(find(q, "local police force's offices")?.date).toMatchObject({ iso: '2019-11-19', source: 'text' });
  });
});
