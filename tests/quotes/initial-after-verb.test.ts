import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers';

// After an inverted verb ("…, said Mary E. Lovely"), the subject runs past the full stops inside a
// name: a middle initial's and every one of an initialism's ("U.S. Attorney"). The subject stopped
// at the first of them and credited "Mary E" and "U".

describe('full stops inside a name after an inverted verb', () => {
  it('do not end the speaker’s name', () => {
    const q = quotesOf([
      // politifact.com (b6906ca016bb) and cbsnews.com (2c46804d9db4)
      'Computers and electronic devices have seen impacts, too, said Mary E. Lovely, a Syracuse University economist.',
      '"We believe that justice has been served in this case," said U.S. Attorney Nealy Cox.',
    ]);
    expect(find(q, 'seen impacts')?.speaker.name).toBe('Mary E. Lovely');
    expect(find(q, 'justice has been served')?.speaker.name).toBe('Nealy Cox');
  });

  it('still end at a sentence’s full stop', () => {
    const q = quotesOf(['"We will appeal," said Jane Doe. Officials declined to comment.']);
    expect(find(q, 'We will appeal')?.speaker.name).toBe('Jane Doe');
  });
});
