import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers';

// A document the article dated ("In a Nov. 5 letter, the doctors pleaded …") that later speaks as
// the subject ("… ,” says the letter signed by seven physicians.) is quoted as of its own date,
// not the publication day.

describe('a dated document as the subject', () => {
  it('dates its quote', () => {
    const q = quotesOf(
      [
        // msn.com (abd9d6291b6b), published 2019-11-19
        'In a Nov. 5 letter, the doctors pleaded with the administration to reconsider its decision to not vaccinate detained migrants for flu.',
        'Customs and Border Protection, part of Homeland Security, did not accept the offer.',
        '“In our professional medical opinion, this alarming mortality rate constitutes an emergency which threatens the safety of human lives, particularly children,” says the letter signed by seven physicians.',
      ],
      '2019-11-19T10:36:00Z',
    );
    expect(find(q, 'alarming mortality rate')?.date?.iso).toBe('2019-11-05');
  });

  it('leaves an undated document’s quote on the publication day', () => {
    const q = quotesOf(
      ['Big Machine Records issued a statement.', '“We are reviewing the decision,” the statement said.'],
      '2019-11-19T10:36:00Z',
    );
    expect(find(q, 'reviewing the decision')?.date?.iso).toBe('2019-11-19');
  });
});
