import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers';

// "people familiar with the matter", "a second person briefed on the call": a source the article
// describes by what it knows, not by name. What it is reported to have said is a quote of that
// source, named as the article describes it, without the count.

describe('a source described by what it knows', () => {
  it('reports the clause before it', () => {
    // deccanherald.com (39d5c43beb60), nytimes.com (702d1da63b8e)
    const q = quotesOf([
      "But it may morph into something bigger if US President Donald Trump agrees to Beijing's demands to roll back existing tariffs on Chinese goods, people familiar with the talks say.",
      'Mr. Trump’s tendency to waver and increase his demands have made China wary of offering concessions, for fear that he will only demand more, people familiar with Chinese trade policy said.',
    ]);
    expect(find(q, 'it may morph into something bigger')?.speaker.name).toBe('people familiar with the talks');
    expect(find(q, 'tendency to waver')?.speaker.name).toBe('people familiar with Chinese trade policy');
  });

  it('reports the clause after it', () => {
    // deccanherald.com (39d5c43beb60), therealdeal.com (bc13ff87b263), venturebeat.com (06e5123e4ef7)
    const q = quotesOf([
      'Two people briefed on the talks said Trump has decided that rolling back existing tariffs requires deeper concessions from China.',
      'A person familiar with the matter told TRD that employees in the legal and human resources departments will begin receiving notice Monday.',
      'In sum, more than 4,000 people are expected to receive notice in the coming weeks, according to multiple people familiar with the matter.',
    ]);
    expect(find(q, 'rolling back existing tariffs')?.speaker.name).toBe('people briefed on the talks');
    expect(find(q, 'legal and human resources')?.speaker.name).toBe('person familiar with the matter');
    expect(find(q, 'more than 4,000 people')?.speaker.name).toBe('people familiar with the matter');
  });
});
