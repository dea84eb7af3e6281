import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers';

// One subject, two speech verbs: "said A, but added B" reports two statements, each a quote of its
// own. The first report ran on over the second verb and swallowed it. Without the comma the verbs
// share one report ("admitted A but insisted B"), as they do with a participle ("A, adding B"):
// so the seed pages' gold has them. A noun object is no report of its own ("deny accusations of
// brutality and say …").

describe('two reports of one subject', () => {
  it('are two quotes', () => {
    const q = quotesOf([
      // rt.com (4a44ab3e4c41)
      'In addition to the three fatalities at a fuel plant on Tuesday, Bolivia’s public defender’s office said another 30 people had been injured in the skirmishes, but added the exact circumstances of the deaths and injuries remained unclear.',
    ]);
    expect(find(q, 'another 30 people')?.text).toBe('another 30 people had been injured in the skirmishes');
    expect(find(q, 'exact circumstances')?.text).toBe(
      'the exact circumstances of the deaths and injuries remained unclear.',
    );
  });

  it('leave a noun object inside the one report', () => {
    const q = quotesOf([
      // express.co.uk (624fcd903d56)
      'China said it is committed to the “one country, two systems” formula granting Hong Kong autonomy, while the city’s police deny accusations of brutality and say they show utmost restraint.',
    ]);
    expect(find(q, 'accusations of brutality')?.text).toBe(
      'accusations of brutality and say they show utmost restraint.',
    );
  });
});
