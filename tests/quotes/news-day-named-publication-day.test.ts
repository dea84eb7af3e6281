import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers';

// A morning story about the day before dates its undated quotes by that day (the news day). When
// the lead names the publication day first ("was accused Wednesday of …", published on a
// Wednesday morning), the story is about that day, and a day before named later in the lead
// ("during Tuesday’s debate") is background: the undated quotes keep the publication date.

const LEAD = [
  // hosted.ap.org (e7994d550087), published Wednesday 2019-11-20 at 06:01 New York time
  'LONDON (AP) — Britain’s Conservative Party was accused Wednesday of trying to deceive voters by changing the name of its press office Twitter account to “factcheckUK” during a televised election debate between Prime Minister Boris Johnson and opposition Labour Party leader Jeremy Corbyn.',
  'Rebranded to resemble a neutral fact-checking account, it posted a series of tweets supporting Johnson during Tuesday’s debate.',
  'Foreign Secretary Dominic Raab defended the party’s actions, saying the Twitter account was clearly linked to the Conservatives.',
  '“We make no apology for having an instant rebuttal to all the nonsense and lies put out,” Raab told the BBC.',
];

describe('a lead that names the publication day', () => {
  it('leaves undated quotes on the publication day', () => {
    const q = quotesOf(LEAD, '2019-11-20T06:01:44-05:00');
    expect(find(q, 'clearly linked')?.date?.iso).toBe('2019-11-20');
    expect(find(q, 'make no apology')?.date?.iso).toBe('2019-11-20');
  });

  it('still dates them by the day before when that is the lead’s news', () => {
    const q = quotesOf(
      [
        'WASHINGTON (AP) — A career Army officer testified Tuesday that he reported his concerns about the call.',
        '“It was improper,” Vindman said.',
      ],
      '2019-11-20T05:52:20-05:00',
    );
    expect(find(q, 'It was improper')?.date?.iso).toBe('2019-11-19');
  });
});
