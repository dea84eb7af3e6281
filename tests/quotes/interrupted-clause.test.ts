import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers';

// "A, he says, B": an attribution set off by commas inside a clause whose opening is only its
// subject (or a subject and its auxiliary) reports the rest of the clause, not the opening; an
// appositive of the source ("says Richard Locksley, an immunologist at …,") is skipped.

describe('an attribution inside the clause it reports', () => {
  it('reports the rest of the clause', () => {
    const q = quotesOf([
      // adweek.com (8267acac), discovermagazine.com (bdb56ac8), mentalfloss-style wire (ea25dd7e)
      "The key to Stadia's success, says Buser, is Google's built-in infrastructure.",
      'This system, says Richard Locksley, an immunologist at the University of California, San Francisco, helps direct a systematic response to potential dangers throughout the body.',
      'He had, according to Alex Horton of the Washington Post, killed and eaten a wild rabbit before he was taken to a hospital around 185 miles northwest of Beijing.',
    ]);
    expect(find(q, 'built-in infrastructure')?.text).toMatch(/^is Google's/);
    expect(find(q, 'built-in infrastructure')?.speaker.name).toBe('Buser');
    expect(find(q, 'key to Stadia')).toBeUndefined();
    expect(find(q, 'helps direct')?.speaker.name).toBe('Richard Locksley');
    expect(find(q, 'immunologist')).toBeUndefined();
    expect(find(q, 'killed and eaten')?.speaker.name).toBe('Alex Horton');
  });

  it('leaves a whole clause before the attribution its report', () => {
    const q = quotesOf([
      'Iran will not yield to pressure, the minister said, adding that talks would go on.',
      // reuters.com (5a822960)
      'Recent governments have, however, recognized that Austrians were also perpetrators of Nazi crimes, the ministry said.',
    ]);
    expect(find(q, 'will not yield')?.text).toBe('Iran will not yield to pressure');
    expect(find(q, 'perpetrators')?.text).toMatch(/^Recent governments have, however, recognized/);
  });
});
