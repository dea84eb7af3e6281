import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers';

// The circumstances of a saying are not what was said: an opening made only of circumstances
// ("Later, in remarks at …,", "Shortly before their arrival,") is no clause before the verb, and
// after a quotation the words past a circumstance and a comma ("said in a speech to the
// Diplomatic Academy of Vietnam, a government university") are no clause after it.

describe('the circumstances of a saying', () => {
  it('are not reported', () => {
    // apnews via db6b0816, politifact.com (b6906ca0), cbsnews.com (2c46804d)
    const q = quotesOf([
      '“We will not accept attempts to assert unlawful maritime claims at the expense of law-abiding nations,” Esper said in a speech to the Diplomatic Academy of Vietnam, a government university.',
      'Later, in remarks at Vietnam’s Communist Party headquarters, Esper said, “We strongly oppose violations of international law by China.”',
      '"We talk about it all the time, but under this administration, the great betrayal is over," Trump said at a rally in Monroe, La., on Nov. 6, 2019.',
      'Shortly before their arrival, Webb admitted to threatening the girl.',
    ]);
    expect(find(q, 'government university')).toBeUndefined();
    expect(find(q, 'Later, in remarks')).toBeUndefined();
    expect(find(q, 'Nov. 6')).toBeUndefined();
    expect(find(q, 'Shortly before')).toBeUndefined();
    expect(find(q, 'unlawful maritime claims')?.speaker.name).toBe('Esper');
    expect(find(q, 'strongly oppose')?.speaker.name).toBe('Esper');
  });

  it('leaves a report that opens with an adverb-like word', () => {
    // msn.com (9eef8162)
    const q = quotesOf([
      'Early recognition of avian antigen exposure and removal of the bedding or other irritant is critical to recovery for patients, Dempsey stressed.',
    ]);
    expect(find(q, 'Early recognition')).toBeDefined();
  });
});
