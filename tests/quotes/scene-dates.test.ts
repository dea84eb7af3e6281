import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers';

// An occasion with many voices (a hearing, a trial, a debate) that a story dates once and then
// tells: the quotes that follow with no date of their own were said there. The story must show
// it is at the occasion (the first undated quote after it is of someone the dating sentence names,
// or a quote after it is dated to that day by its own words); an occasion named inside a quote
// is the speaker's; and a speaker heard at another dated occasion before keeps it.

// thespacereview.com (c00962aabe7b), published 2019-11-18
const HEARING_LAST_MONTH = [
  'Last week’s hearing, though, was not the first time that Republican members of Congress questioned NASA’s use—or unwillingness to use—the SLS. At a hearing last month of the House appropriations subcommittee that funds NASA, Rep. Robert Aderholt (R-AL), ranking member of the subcommittee, pushed for greater use of SLS.',
  '“I understand there is a growing confidence among the prime contractors for SLS to be able to produce two rockets a year starting in 2024,” he said, including the first Block 1B. “What do you think?”',
  '“It depends on what Boeing is willing to invest, quite frankly,” responded NASA administrator Jim Bridenstine, noting that there wasn’t funding to support that increased production rate, even if it is possible.',
  '“We haven’t seen the performance yet that would indicate that we’re guaranteed the second core we’d need for a Moon landing in 2024,” added Ken Bowersox, the acting associate administrator for human exploration and operations at NASA and the other witness at the hearing.',
];

describe('a dated occasion the story goes on to tell', () => {
  it('dates the undated quotes that follow ("At a hearing last month")', () => {
    const q = quotesOf(HEARING_LAST_MONTH, '2019-11-18');
    expect(find(q, 'growing confidence')?.date?.iso).toBe('2019-10');
    expect(find(q, 'willing to invest')?.date?.iso).toBe('2019-10');
    expect(find(q, 'seen the performance')?.date?.iso).toBe('2019-10');
  });

  it('dates by a month named before the occasion ("that October appropriations hearing")', () => {
    const q = quotesOf(
      [
        'At that October appropriations hearing, Rep. José Serrano (D-NY), chairman of the subcommittee, was skeptical it would be forthcoming without more information about the overall cost of the Artemis program that NASA has yet to disclose.',
        '“It’s hard to justify any extra spending on this effort in the current fiscal year when we don’t know the costs down the road,” Serrano said.',
      ],
      '2019-11-18',
    );
    expect(find(q, 'hard to justify')?.date?.iso).toBe('2019-10');
  });

  it('dates the testimony’s other voices, shown by a quote dated to its day ("the testimony Tuesday")', () => {
    // hosted.ap.org (82b6d780c792), published 2019-11-20: the gold dates Volker's words Tuesday
    const q = quotesOf(
      [
        'Sondland’s appearance follows the testimony Tuesday of four national security and diplomatic officials.',
        'Lt. Col. Alexander Vindman told lawmakers it was his “duty” to report his concerns about the call.',
        'Another diplomat, former special envoy to Ukraine Kurt Volker, shifted his own account of the July 10 meeting to say Sondland did, in fact, discuss investigations with the visiting Ukrainians.',
        '“I think all of us thought it was inappropriate; the conversation did not continue and the meeting concluded,” Volker said.',
      ],
      '2019-11-20T05:52:20-05:00',
    );
    expect(find(q, 'inappropriate')?.date?.iso).toBe('2019-11-19');
  });

  it('leaves reactions to an occasion the story does not tell on the publication day', () => {
    // hosted.ap.org (e7994d550087), published 2019-11-20
    const q = quotesOf(
      [
        'LONDON (AP) — Britain’s Conservative Party was accused Wednesday of trying to deceive voters by changing the name of its press office Twitter account to “factcheckUK” during a televised election debate between Prime Minister Boris Johnson and opposition Labour Party leader Jeremy Corbyn.',
        'Rebranded to resemble a neutral fact-checking account, it posted a series of tweets supporting Johnson during Tuesday’s debate. It later reverted to the name “CCHQ Press” and restored the party logo to its profile.',
        '“It was an attempt to mislead voters,’’ Will Moy, chief executive of the London-based fact-checking website Full Fact, told the BBC.',
        '“We make no apology for having an instant rebuttal to all the nonsense and lies put out,” Raab told the BBC.',
      ],
      '2019-11-20T06:01:44-05:00',
    );
    expect(find(q, 'mislead voters')?.date?.iso).toBe('2019-11-20');
    expect(find(q, 'no apology')?.date?.iso).toBe('2019-11-20');
  });

  it('does not take an occasion named inside a quote for the story’s', () => {
    // deccanherald.com (39d5c43beb60), published 2019-11-20
    const q = quotesOf(
      [
        "A 'phase one' trade deal, once expected to be completed within weeks of an October news conference between Trump and Chinese vice-premier Liu He, could now be pushed into next year, trade experts say.",
      ],
      '2019-11-20T11:06:01+05:30',
    );
    expect(find(q, 'pushed into next year')?.date?.iso).toBe('2019-11-20');
  });

  it('keeps a speaker heard at another dated occasion before on it', () => {
    // thespacereview.com: Babin spoke at last week's hearing, quoted again amid last month's
    const q = quotesOf(
      [
        '“Every space exploration study conducted over the last 40 years indicated that the most optimal architectures require a heavy-lift launch vehicle,” said Rep. Brian Babin (R-TX), ranking member of the House Science Committee’s space subcommittee, during a hearing last week on NASA’s exploration plans.',
        ...HEARING_LAST_MONTH,
        '“If this forces NASA to reassess its schedule for returning to the Moon, it would provide an opportunity to ensure that they are developing the ideal architecture,” Babin said of potential spending shortfalls for Artemis.',
      ],
      '2019-11-18',
    );
    expect(find(q, 'willing to invest')?.date?.iso).toBe('2019-10');
    expect(find(q, 'reassess its schedule')?.date?.iso).toBe('2019-11-18');
  });
});
