import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers';

// "Robin Biesbroek of the CDF": a person's name, then "of the" and the body they are with, is that
// person speaking for the body, not an institution called "Robin Biesbroek of the CDF". ("Bank of
// America", "Joint Chiefs of Staff" stay names of bodies: no "the", or a body's word before "of".)

describe('a name of the body it is with', () => {
  it('is the person, with the body as role', () => {
    // phys.org (e1c7023ee214)
    const q = quotesOf([
      '"We looked at how an astronaut team could be best put into hibernation, what to do in case of emergencies," comments Robin Biesbroek of the CDF.',
    ]);
    const sp = find(q, 'put into hibernation')?.speaker;
    expect(sp?.name).toBe('Robin Biesbroek');
    expect(sp?.role).toBe('CDF');
  });

  it('leaves a body named with "of" a body', () => {
    const q = quotesOf(['The Bank of America said the rate cut would help borrowers refinance their loans.']);
    expect(find(q, 'rate cut')?.speaker.name).toMatch(/Bank of America$/);
  });
});
