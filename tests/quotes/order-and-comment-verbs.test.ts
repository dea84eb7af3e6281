import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers';

// "an officer shouts", "an officer ordered", "comments Johnston in a statement": verbs that
// attribute a quotation as "said" does. "ordered" and "comments" attribute only a quotation: "ordered
// a review" reports nothing.

describe('shouted orders and comments', () => {
  it('attribute the quotation beside them', () => {
    // nbcdfw.com (51d066b0602c), billboard.com (9cb8224b660f), phys.org (e1c7023ee214)
    const q = quotesOf([
      '"Fort Worth P.D. Open the door! We’re coming in!” an officer shouts.',
      '"Hands! Let me see your hands!" an officer ordered. "Step out."',
      'Singer and guitarist Tom Johnston said the band was ready.',
      "“We're truly excited about our 50th Anniversary Tour,” comments Johnston in a statement, “as it's a celebration of the band’s entire history.”",
      '"We looked at how an astronaut team could be best put into hibernation," comments Robin Biesbroek of the CDF.',
    ]);
    expect(find(q, 'Open the door!')?.speaker.name).toBe('officer');
    expect(find(q, 'Let me see your hands!')?.speaker.name).toBe('officer');
    expect(find(q, 'truly excited')?.speaker.name).toBe('Tom Johnston');
    expect(find(q, 'put into hibernation')?.speaker.name).toBe('Robin Biesbroek');
  });

  it('report nothing without a quotation', () => {
    const q = quotesOf(['The judge ordered a review of the surveillance footage from the night in question.']);
    expect(q).toHaveLength(0);
  });
});
