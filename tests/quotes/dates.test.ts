import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers';

// When a statement was made: from the words around its attribution, else from the article's news
// day or the same speaker's dated quote, else the publication date.

const filler =
  'The committee heard hours of testimony from officials about the program and its costs to taxpayers in the state.';

describe('statement dates', () => {
  it('resolves a weekday into the past against the publication date', () => {
    const q = quotesOf(
      ['“We will not back down from this fight,” Governor Jane Smith said on Monday.'],
      '2019-11-20T15:00:00-05:00',
    );
    expect(find(q, 'back down')?.date?.iso).toBe('2019-11-18');
    expect(find(q, 'back down')?.date?.source).toBe('text');
  });

  it('falls back to the publication date with dateSource "published"', () => {
    const q = quotesOf(
      ['“We will not back down from this fight,” Governor Jane Smith said.'],
      '2019-11-20T15:00:00-05:00',
    );
    expect(find(q, 'back down')).toMatchObject({ date: { iso: '2019-11-20', source: 'published' } });
  });

  it('reads explicit dates and months', () => {
    const q = quotesOf(
      [
        'Mayor John Park said on Oct. 3 that the bridge would reopen before the winter storms arrive.',
        'In a letter last month, the union wrote that teachers were leaving the district in record numbers.',
      ],
      '2019-11-20T15:00:00-05:00',
    );
    expect(find(q, 'bridge would reopen')?.date?.iso).toBe('2019-10-03');
    expect(find(q, 'teachers were leaving')?.date?.iso).toBe('2019-10');
  });

  it('dates an early-morning story’s quotes to the day before when its lead says so', () => {
    const q = quotesOf(
      [
        'Two former officials testified before the House Intelligence Committee Tuesday about the events at the center of the inquiry.',
        filler,
        '“I frankly cringe when I hear it,” Kurt Volker said.',
      ],
      '2019-11-20T01:07:00-05:00',
    );
    expect(find(q, 'cringe')).toMatchObject({ date: { iso: '2019-11-19', source: 'text' } });
  });

  it('keeps the publication day when the story was published in the afternoon', () => {
    const q = quotesOf(
      [
        'Two former officials testified before the House Intelligence Committee Tuesday about the events at the center of the inquiry.',
        '“I frankly cringe when I hear it,” Kurt Volker said.',
      ],
      '2019-11-20T16:07:00-05:00',
    );
    expect(find(q, 'cringe')?.date?.iso).toBe('2019-11-20');
  });

  it('does not date a source’s report by the day of the event it reports', () => {
    // "X pleaded guilty Monday, prosecutors said": Monday is the plea, not the prosecutors' words
    const q = quotesOf(
      [
        'A New York man pleaded guilty Monday to threatening to kill a member of Congress in March, prosecutors said.',
        filler,
        'The defendant never intended to harm anyone, his attorney said in an email to reporters.',
      ],
      '2019-11-19T03:41:00-05:00',
    );
    expect(find(q, 'pleaded guilty')).toMatchObject({ date: { iso: '2019-11-19', source: 'published' } });
    expect(find(q, 'never intended')).toMatchObject({ date: { iso: '2019-11-19', source: 'published' } });
  });

  it('ignores "last Tuesday" and days other than the day before', () => {
    const lead =
      'More than ten million users activated their accounts last Tuesday when the service launched across the country.';
    const q = quotesOf([lead, '“We have never seen demand like that,” Kevin Mayer said.'], '2019-11-20T01:00:00-08:00');
    expect(find(q, 'never seen')?.date?.iso).toBe('2019-11-20');
  });

  it('gives a later undated quote of the same speaker the date of the first', () => {
    const q = quotesOf(
      [
        '“This stock had been getting clobbered,” Matt Maley said on CNBC on Monday.',
        '“It is a little more risk but more reward,” Maley said.',
      ],
      '2019-11-20T15:00:00-05:00',
    );
    expect(find(q, 'more reward')).toMatchObject({ date: { iso: '2019-11-18', source: 'text' } });
  });
});

describe('dates from the text around a quote', () => {
  it('reads "In May," at the head of a sentence as the month', () => {
    const q = quotesOf(
      ['In May, NASA Administrator Jim Bridenstine said returning to the moon was necessary to reach Mars.'],
      '2019-11-19T07:09:00Z',
    );
    expect(find(q, 'returning to the moon')).toMatchObject({ date: { iso: '2019-05', source: 'text' } });
  });

  it('reads a weekday after a late stamp as the day after when the article was updated then', () => {
    const paragraphs = [
      'Omar asked for compassion in a letter posted on Twitter Tuesday, saying she did not think a severe sentence would be helpful.',
    ];
    const late = quotesOf(paragraphs, '2019-11-18T23:04:24-05:00', '2019-11-19T13:23:59-05:00');
    expect(find(late, 'severe sentence')?.date?.iso).toBe('2019-11-19');
    // not updated: the Tuesday before
    expect(find(quotesOf(paragraphs, '2019-11-18T23:04:24-05:00'), 'severe sentence')?.date?.iso).toBe('2019-11-12');
  });

  it('dates "in the letter" by the letter the article dated before', () => {
    const q = quotesOf(
      [
        'In a Nov. 5 letter, the doctors pleaded with the administration to reconsider its decision not to vaccinate detained migrants.',
        filler,
        '“We implore you to allow our volunteer physicians to hold our clinic,” the physicians stated in the letter.',
      ],
      '2019-11-19T10:36:00Z',
    );
    expect(find(q, 'We implore you')).toMatchObject({ date: { iso: '2019-11-05', source: 'text' } });
  });

  it('finds the date between a recipient and the reported clause', () => {
    const q = quotesOf(
      [
        'Reed told investors of New Media, the GateHouse parent, on Oct. 31 that the merger would allow the company to pay down debt.',
      ],
      '2019-11-19T17:53:00-08:00',
    );
    expect(find(q, 'pay down debt')).toMatchObject({ date: { iso: '2019-10-31', source: 'text' } });
  });

  it('dates words said at an occasion the article dated before ("During the call")', () => {
    const q = quotesOf(
      [
        'He was arrested in April for the March 21 call to the offices of the congresswoman.',
        'During the call, he asked about the Muslim Brotherhood and said, “somebody ought to put a bullet in her skull.”',
      ],
      '2019-11-19T08:41:00Z',
    );
    expect(find(q, 'somebody ought')).toMatchObject({ date: { iso: '2019-03-21', source: 'text' } });
  });

  it('dates testimony by the hearing the story dated ("the testimony Tuesday")', () => {
    const q = quotesOf(
      [
        'Sondland’s appearance follows the testimony Tuesday of four national security officials.',
        'Lt. Col. Alexander Vindman told lawmakers it was his “duty” to report his concerns about the call.',
        '“I think all of us thought it was inappropriate,” Kurt Volker said.',
      ],
      '2019-11-20T05:52:20-05:00',
    );
    expect(find(q, 'duty')).toMatchObject({ date: { iso: '2019-11-19', source: 'text' } });
    // (Volker's words, said at that testimony too, are dated by the scene: scene-dates.test.ts)
  });

  it('takes the time nearest the speech verb', () => {
    const q = quotesOf(
      [
        'Carlineo was arrested in April for a March 21 phone call he made to her office, in which he said he would put a bullet in her skull.',
      ],
      '2019-11-18T23:04:24-05:00',
    );
    expect(find(q, 'bullet')?.date?.iso).toBe('2019-03-21');
    const r = quotesOf(
      [
        'Richardson decided to weigh in on Thursday’s fight on Monday, saying that Rudolph should be disciplined by the league.',
      ],
      '2019-11-18T21:24:00-05:00',
    );
    expect(find(r, 'disciplined')?.date?.iso).toBe('2019-11-18');
  });

  it('keeps the publication date for "last week" rather than another quote’s day', () => {
    const q = quotesOf(
      [
        '“We never blocked her,” Big Machine said in a statement on its website last Friday.',
        'Big Machine said last week that recording artists do not need label approval for live performances.',
      ],
      '2019-11-19T09:44:09Z',
    );
    expect(find(q, 'label approval')).toMatchObject({ date: { iso: '2019-11-19', source: 'published' } });
  });

  it('takes the date of the sentence that brings the speaker in with a document', () => {
    const q = quotesOf(
      [
        'In December 2015, shortly before voting began, Trump released a letter from his longtime physician Dr. Harold Bornstein.',
        '“His physical strength and stamina are extraordinary,” Bornstein wrote of Trump.',
      ],
      '2019-11-18T16:18:00Z',
    );
    expect(find(q, 'stamina')).toMatchObject({ date: { iso: '2015-12', source: 'text' } });
    // a sentence about something else the speaker did dates nothing
    const other = quotesOf(
      [
        'In December 2015, Dr. Harold Bornstein moved his practice to a new building on the Upper East Side.',
        '“His physical strength and stamina are extraordinary,” Bornstein said.',
      ],
      '2019-11-18T16:18:00Z',
    );
    expect(find(other, 'stamina')?.date?.source).toBe('published');
  });
});

describe('month dates', () => {
  it('reads "in May" and "in October 2018" as months, and never "may" the verb', () => {
    const q = quotesOf(
      [
        'Omar Lamrani told Business Insider in October 2018 that the group was “fairly secular by regional standards.”',
        'Zippy Duvall said in May that farmers faced “near-unprecedented economic uncertainty.”',
        'The mayor said the bridge may reopen before the winter storms arrive in the city.',
      ],
      '2019-11-18T15:00:00-05:00',
    );
    expect(find(q, 'fairly secular')?.date?.iso).toBe('2018-10');
    expect(find(q, 'near-unprecedented')?.date?.iso).toBe('2019-05');
    expect(find(q, 'bridge may reopen')?.date?.iso).toBe('2019-11-18');
  });
});
