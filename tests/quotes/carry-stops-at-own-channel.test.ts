import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers';

// An undated quote takes the date of the same speaker's dated quote a few paragraphs before (the
// same interview). A quote said through a channel of its own ("in the campaign's public service
// announcement", "in a post") is another occasion: it is not given that date, and the quotes
// after it are not either.

const NOEM = [
  // usatoday.com (776a1c046798), published 2019-11-19
  '“The mission of the campaign is to raise awareness,” Noem told the Argus Leader Monday afternoon. “It is working.”',
  'South Dakota’s meth crisis is “growing at an alarming rate” and affects every community in the state, Noem said in the campaign’s public service announcement.',
  '“This is our problem, and together, we need to get on it,” Noem said.',
];

describe('a quote through a channel of its own', () => {
  it('breaks the carry of the speaker’s last date', () => {
    const q = quotesOf(['Gov. Kristi Noem launched the campaign.', ...NOEM], '2019-11-19');
    expect(find(q, 'It is working')?.date?.iso).toBe('2019-11-18');
    expect(find(q, 'growing at an alarming rate')?.date?.iso).toBe('2019-11-19');
    expect(find(q, 'This is our problem')?.date?.iso).toBe('2019-11-19');
  });

  it('leaves the carry to a plain next quote', () => {
    const q = quotesOf(['Gov. Kristi Noem launched the campaign.', NOEM[0], NOEM[2]], '2019-11-19');
    expect(find(q, 'This is our problem')?.date?.iso).toBe('2019-11-18');
  });
});
