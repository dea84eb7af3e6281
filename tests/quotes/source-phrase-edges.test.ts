import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers';

// Where a source's phrase ends: not at the participle that brings in a circumstance ("a case report
// published in the journal …"), and a document named by its kind ("the office release") is the
// source just quoted. Real sentences: bbc.com (a078b365), thehill.com (6ebac05f),
// politifact.com (9e8c9f08).

describe('the edges of a source phrase', () => {
  it('leave out a participle before the circumstance ("a case report published in the journal")', () => {
    const q = quotesOf([
      'However, it was this type of fluffy bedding that left a man not only breathless but with a serious lung condition, according to a case report published in the journal BMJ Case Reports.',
    ]);
    expect(find(q, 'fluffy bedding')?.speaker.name).toBe('case report');
  });

  it('read "the office release" as the office just quoted', () => {
    const q = quotesOf([
      'A New York man pleaded guilty to charges he threatened to kill Rep. Ilhan Omar (D-Minn.), the U.S. Attorney’s Office for the Western District of New York announced Monday.',
      'Patrick Carlineo Jr., 55, could face up to 10 years in prison. His sentencing is scheduled for Feb. 14, according to the office release.',
    ]);
    expect(find(q, 'His sentencing is scheduled')?.speaker.name).toBe(
      'U.S. Attorney’s Office for the Western District of New York',
    );
  });

  it('read "Customs and Border Protection" as no person, so "Border agents" is nobody\'s first name', () => {
    const q = quotesOf([
      'In October, Rep. David McKinley, R-W.Va., visited the U.S.-Mexico border near McAllen, Texas, and argued that the United States needs stronger border security.',
      'Data from U.S. Customs and Border Protection show seizures rose in 2019.',
      'A major part of the reason that additional resources are needed, McKinley said, is the flow of drugs into the country.',
      'Border agents "say you’ve got to pay attention to this — $53 million a week is coming across the border in drugs," he said, according to the Intelligencer, the Wheeling News-Register.',
    ]);
    expect(find(q, 'pay attention to this')?.speaker.name).toBe('David McKinley');
  });

  it('reach a name behind a capitalised title and its body ("Strauss Zelnick, CEO of Take-Two, adds")', () => {
    // hollywoodreporter.com (8267acac)
    const q = quotesOf([
      '"Google offers an extension of the market of people who can play our games," says Chris Early, senior vp partnerships and revenue at Ubisoft. "They help extend our reach by letting people who maybe don’t own a console or PC join in."',
      '"Our strategy is to be where the consumer is," Strauss Zelnick, CEO of Take-Two, adds. "Generally speaking, in the entertainment business, broader distribution is a good thing for consumers and customers."',
    ]);
    expect(find(q, 'Our strategy is')?.speaker.name).toBe('Strauss Zelnick');
    expect(find(q, 'Generally speaking')?.speaker.name).toBe('Strauss Zelnick');
  });

  it('pass over a body named inside a description to the name behind it', () => {
    // voanews.com (1ee91d1f)
    const q = quotesOf([
      'Cmdr. Sean Robertson, a spokesperson for Inherent Resolve, the U.S. military operation against Islamic State in Iraq and Syria, told VOA Pentagon correspondent Carla Babb that the Russian and Syrian defense ministry’s claim “is patently false,” and that “the United States is not preventing people from leaving Rukban.”',
    ]);
    expect(find(q, 'patently false')?.speaker.name).toBe('Sean Robertson');
    expect(find(q, 'not preventing people')?.speaker.name).toBe('Sean Robertson');
  });

  it('read the last word of a body named before as that body ("The Chronicle" after "The San Francisco Chronicle")', () => {
    // sfgate.com, AP (5caf91b8)
    const q = quotesOf([
      'The San Francisco Chronicle says police are looking into whether the victim was a good Samaritan who tried to stop the suspect from stealing items from another person, possibly shoes.',
      'The man ran from the station. The Chronicle says he was arrested a block away after employees of a car dealership said he tried to steal a van.',
    ]);
    expect(find(q, 'arrested a block away')?.speaker.name).toBe('San Francisco Chronicle');
  });

  it('read a document from a named body as that body, and leave "new" off a source', () => {
    const q = quotesOf([
      // livemint.com (65408257)
      '"The market and the quality part of the market are largely factoring in a reasonable recovery in the economy and earnings," said a report from Kotak Institutional Equities.',
      // cbsnews.com (bd673bd7)
      'A 43-year-old-man, after having switched to feather bedding, began feeling extreme fatigue and breathlessness, and was diagnosed with "feather-duvet lung," according to a new case report.',
    ]);
    expect(find(q, 'quality part of the market')?.speaker.name).toBe('Kotak Institutional Equities');
    expect(find(q, 'A 43-year-old-man')?.speaker.name).toBe('case report');
  });

  it('reach a name behind an appositive that opens with a plural owner ("Edmunds’ executive director")', () => {
    // chron.com (9ebb3af6)
    const q = quotesOf([
      'The annual percentage rate on new financed vehicles averaged 5.7 percent in October, according to Edmunds.com, a California-based automobile data firm.',
      '“The end of the calendar year is a popular time for expensive vehicle purchases," Jessica Caldwell, Edmunds’ executive director of industry analysis, said in a statement. "Shoppers in the market for a large truck or SUV, or a new luxury vehicle, can look forward to taking advantage of lower financing rates as a bit of an early holiday gift."',
    ]);
    expect(find(q, 'The end of the calendar year')?.speaker.name).toBe('Jessica Caldwell');
    expect(find(q, 'Shoppers in the market')?.speaker.name).toBe('Jessica Caldwell');
  });
});
