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
});
