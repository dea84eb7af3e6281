import { describe, expect, it } from 'vitest';
import { readMention } from '../../utils/quotes/names';
import { find, quotesOf } from './helpers';

// Who said it: a full name when the article gives one, else the organisation or group.

describe('reading the subject of a speech verb', () => {
  it('splits a title from the name and keeps a surname that is also a role noun', () => {
    expect(readMention('veteran industry analyst Ken Doctor')).toMatchObject({ kind: 'name', name: 'Ken Doctor', role: 'veteran industry analyst' });
    expect(readMention('Foreign Ministry Spokesman Nasser Kanaani')).toMatchObject({ name: 'Nasser Kanaani', role: 'Foreign Ministry Spokesman' });
    expect(readMention('President Donald Trump')).toMatchObject({ name: 'Donald Trump' });
    expect(readMention('Dr. Jane Doe')).toMatchObject({ name: 'Jane Doe' });
  });

  it('names groups of people who speak together', () => {
    expect(readMention('Federal prosecutors')).toMatchObject({ kind: 'group', name: 'Federal prosecutors' });
    expect(readMention('Officials')).toMatchObject({ kind: 'group', name: 'Officials' });
    expect(readMention('The doctors')).toMatchObject({ kind: 'group', name: 'doctors' });
    expect(readMention('Prison union representatives')).toMatchObject({ kind: 'group' });
  });
});

describe('speakers of quotes', () => {
  it('does not take "the United States" for a speech verb and a speaker', () => {
    const q = quotesOf(['The United States lost to Canada for the first time in the Davis Cup after a long match on Tuesday.']);
    expect(q).toHaveLength(0);
  });

  it('does not read a possessive noun ("the ministry’s claim") as a speech verb', () => {
    const q = quotesOf(['A refugee in the camp said that the Syrian defense ministry’s claim is “absolutely not true.”']);
    expect(q.every((x) => x.speaker.name !== 'Syrian defense ministry’s')).toBe(true);
  });

  it('resolves a role noun to the person given that title earlier ("Gov." is the governor)', () => {
    const q = quotesOf([
      'Republican Gov. Eric Holcomb met the union leaders on Tuesday morning at the Statehouse in Indianapolis.',
      'The governor said he was waiting for a teacher pay commission to make recommendations on increasing pay.',
    ]);
    expect(find(q, 'waiting for a teacher pay')?.speaker.name).toBe('Eric Holcomb');
  });

  it('gives a spokesperson’s words to the organisation when no name is given', () => {
    const q = quotesOf(['A spokesperson for the British Foreign Office said settlements “are illegal under international law.”']);
    expect(find(q, 'illegal under')?.speaker.name).toBe('British Foreign Office');
  });

  it('reads reported speech before ", the X said."', () => {
    const q = quotesOf(['Two United States service members have been killed in a helicopter crash in Afghanistan, the US military said in a statement on Wednesday.']);
    const hit = find(q, 'service members have been killed');
    expect(hit?.kind).toBe('indirect');
    expect(hit?.speaker.name).toBe('US military');
  });

  it('keeps a group as the speaker', () => {
    const q = quotesOf(['Federal prosecutors said no inmate checks were made from 10:30 p.m. to 6:30 a.m. the following morning.']);
    expect(find(q, 'no inmate checks')?.speaker.name).toBe('Federal prosecutors');
  });
});
