import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers';

// "suggested", "noted" and their kind report a clause without "that" when one plainly follows: a
// subject and its finite verb before any comma or relative word ("Simpson suggested the most
// likely reason … is fear of Syrian retribution"). An object is still no report ("noted the
// changes in the schedule"), and "reported" keeps wanting "that".

describe('a clause without "that" after a verb that usually wants one', () => {
  it('is reported', () => {
    // polygraph.info (1ee91d1f), cnn.com (7bb1ca90)
    const q = quotesOf([
      'Simpson suggested the most likely reason Rukban residents are refusing to leave the camp is fear of Syrian retribution.',
      'Subsequent treatment with steroids seemed to speed up his recovery, though Dempsey noted there’s no definitive evidence that steroids will help with HP.',
    ]);
    expect(find(q, 'most likely reason')?.speaker.name).toBe('Simpson');
    expect(find(q, 'no definitive evidence')?.speaker.name).toBe('Dempsey');
  });

  it('is not an object, nor a story an outlet reported', () => {
    // cbsnews.com (7a664e40)
    const q = quotesOf([
      'The chairman noted the changes in the schedule which were posted on Monday.',
      'Volker said he first discussed the delay with the Ukrainians at the end of August, after Politico reported the aid had been paused.',
    ]);
    expect(find(q, 'changes in the schedule')).toBeUndefined();
    expect(find(q, 'aid had been paused')).toBeUndefined();
  });
});
