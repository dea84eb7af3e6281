import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers';

// A story stamped in the morning whose lead tells of the day before gives its quotes that day (the
// news day). "…, according to the Sioux Falls Argus Leader." is another outlet's account passed
// on, with no one saying it at the lead's news: it keeps the publication date.

const NOEM = [
  // thehill.com (156770d676ce), published 2019-11-19T06:56:43-05:00
  'South Dakota Gov. Kristi Noem (R) is defending the state’s launch of an anti-drug campaign with the slogan “Meth, we’re on it.”',
  "The tagline drew a mix of criticism and ridicule across Twitter on Monday, but Noem cited the backlash as proof that efforts to raise awareness around South Dakota's methamphetamine crisis was, in fact, working.",
  '“Meth is IN SD. Twitter can make a joke of it, but when it comes down to it - Meth is a serious problem in SD. We are here to Get. It. OUT,” Noem tweeted Monday night.',
  'Noem later tweeted that the state’s meth epidemic “needs to be a dinner table conversation,” adding “we need everyone on it.”',
  'The campaign, which includes both digital and TV ads, cost the state roughly $449,000, according to the Sioux Falls Argus Leader.',
];

describe('an account passed on with "according to"', () => {
  it('keeps the publication date while quotes said at the news take the news day', () => {
    const q = quotesOf(NOEM, '2019-11-19T06:56:43-05:00');
    expect(find(q, 'Meth is IN SD')?.date?.iso).toBe('2019-11-18');
    expect(find(q, 'cost the state roughly')?.date).toMatchObject({ iso: '2019-11-19', source: 'published' });
  });
});
