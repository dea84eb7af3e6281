import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers';

// "the company said", "the group announced": once an article has named an organisation it calls it
// by what it is. The quote is the organisation's, by the name the article gives it, not "company".

describe('an organisation called by what it is', () => {
  it('is the one set beside that noun', () => {
    // therealdeal.com (bc13ff87b263)
    const q = quotesOf([
      'Those include 1,000 maintenance workers who have been informed that their employment will be terminated on Dec. 9, according to a group of employees. The group, WeWorkers Coalition, formed in recent weeks and sent a letter to management earlier this month.',
      'The group announced over the weekend that WeWork had reached an agreement with JLL to accept close to 1,000 maintenance and cleaning workers.',
    ]);
    expect(find(q, 'WeWork had reached an agreement')?.speaker.name).toBe('WeWorkers Coalition');
  });

  it('is the name that ends with its words', () => {
    // foxnews.com (eb62ac8425e5), timesunion.com (d0382c0d9573)
    const q = quotesOf([
      'However, shortly after news broke on Monday, Dick Clark Productions denied that it had settled on an arrangement with the music label.',
      '“Any final agreement on this matter needs to be made directly with Taylor Swift’s management team,” the production company said in a separate statement to Rolling Stone.',
      'The California Public Utilities Commission holds a public hearing Wednesday with executives from AT&T, Comcast/Xfinity, T-Mobile and others.',
      'The utilities commission is frustrated with both communications and utilities companies, saying they failed to share detailed information in real time.',
    ]);
    expect(find(q, 'Any final agreement')?.speaker.name).toBe('Dick Clark Productions');
    expect(find(q, 'failed to share detailed information')?.speaker.name).toBe(
      'California Public Utilities Commission',
    );
  });

  it('is the organisation named last before it', () => {
    // venturebeat.com (06e5123e4ef7): WeWork is named before it; the NYAG only after it
    const q = quotesOf([
      'The New York State Attorney General (NYAG) is investigating WeWork, adding to a mounting series of problems for the workspace provider.',
      'The company, which is expected to lay off thousands of employees beginning this week, confirmed on Monday that it had been contacted by the office of the NYAG, Letitia James.',
      '“We received an inquiry from the office of the New York State Attorney General and are cooperating in the matter,” said a WeWork spokesperson when contacted by Reuters.',
      'Among the issues the NYAG is examining is whether WeWork’s founder and former CEO, Adam Neumann, indulged in self-dealing.',
    ]);
    expect(find(q, 'it had been contacted')?.speaker.name).toBe('WeWork');
  });

  it('stays the description when the article names no organisation twice', () => {
    const q = quotesOf(['“We will appeal,” the company said.']);
    expect(find(q, 'We will appeal')?.speaker.name).toBe('company');
  });
});
