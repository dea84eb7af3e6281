import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers';

// News writing names a speaker again by a description: '“…,” said the actor.' right after the
// actor was quoted by name is the same man, though the article never called him "the actor"
// before. A definite description that fits no one given that role is the person just quoted; an
// indefinite one ("an officer") is someone new.

const VAN_DER_BEEK = [
  // foxnews.com (7dfc3e359d7c)
  'James Van Der Beek has been eliminated from “Dancing with the Stars.”',
  '“My wife Kimberly and I went through every expecting parent’s worst nightmare. We lost the baby,” Van Der Beek said.',
  '“You never know why these things happen, that’s what I’ve been telling my kids,” said the actor. “It makes you more human.”',
];

describe('a description of the person just quoted', () => {
  it('is that person', () => {
    const q = quotesOf(VAN_DER_BEEK);
    expect(find(q, 'You never know')?.speaker.name).toBe('James Van Der Beek');
    expect(find(q, 'more human')?.speaker.name).toBe('James Van Der Beek');
  });

  it('is not someone quoted paragraphs before, nor is an indefinite one', () => {
    const q = quotesOf([
      VAN_DER_BEEK[0],
      VAN_DER_BEEK[1],
      'The show airs on Monday nights on ABC.',
      'Ratings have fallen since the spring, and the network has moved the finale twice.',
      '“It was a hard night for everyone,” said the dancer.',
      '“We kept going,” an officer said.',
    ]);
    expect(find(q, 'hard night')?.speaker.name).toBe('dancer');
    expect(find(q, 'kept going')?.speaker.name).toBe('officer');
  });

  it('is not the last speaker when it brings in a report of its own', () => {
    const q = quotesOf([
      'Zippy Duvall said in May that farmers faced “near-unprecedented economic uncertainty.”',
      'The mayor said the bridge may reopen before the winter storms arrive in the city.',
    ]);
    expect(find(q, 'bridge may reopen')?.speaker.name).toBe('mayor');
  });

  it('stays that person when the article uses the description again paragraphs later', () => {
    const q = quotesOf([
      ...VAN_DER_BEEK,
      'The news of the miscarriage came a month after Van Der Beek announced that Kimberly was expecting on a previous episode of “DWTS.”',
      'The actor shared a clip of his wife getting her first ultrasound with their other children in attendance.',
      '"Hearing the heartbeat was something we never take for granted," the "Pose" actor previously said on "DWTS." His wife has suffered several miscarriages in the past.',
    ]);
    expect(find(q, 'Hearing the heartbeat')?.speaker.name).toBe('James Van Der Beek');
  });
});

describe('a description of someone the article introduced with that title', () => {
  it('is the person whose title was given in a clause ("bigger if US President Donald Trump agrees")', () => {
    // deccanherald.com (39d5c43beb60)
    const q = quotesOf([
      "But it may morph into something bigger if US President Donald Trump agrees to Beijing's demands to roll back existing tariffs on Chinese goods, people familiar with the talks say.",
      "Trump is the final decision-maker in the US on any deal, and hasn't committed to any specifics so far, White House advisers say.",
      'The president said on Tuesday that China "is going to have to make a deal that I like. If they don\'t, that\'s it."',
    ]);
    expect(find(q, 'make a deal that I like')?.speaker.name).toBe('Donald Trump');
  });

  it('is the co-founder when it says "the founder"', () => {
    // bbc.com (c7e39ac4)
    const q = quotesOf([
      'Prosecutors in Sweden have dropped an investigation into a rape allegation made against Wikileaks co-founder Julian Assange in 2010.',
      "With the end of Julian Assange's legal troubles in Sweden, one long chapter in the saga is over.",
      'The Wikileaks founder always argued that his fear of being extradited from Sweden to the US was why he had taken refuge in the Ecuadorean embassy in London.',
    ]);
    expect(find(q, 'his fear of being extradited')?.speaker.name).toBe('Julian Assange');
  });

  it('is the one called President, not "the president of the Federal Reserve Bank" just quoted', () => {
    // nytimes.com (702d1da63b8e)
    const q = quotesOf([
      'President Trump has long argued that tariffs would force China to change its trade practices.',
      '“It’s striking that in almost every corner of the world geopolitical tensions are threatening to put the brakes on growth,” John Williams, the president of the Federal Reserve Bank of New York, said in a speech last week.',
      'Mr. Trump’s theatrical embrace is not limited to China. He has injected similar drama into trade talks with other partners, including Europe, Japan, Canada and Mexico.',
      'The president says his approach has created leverage — and in some cases, he is right.',
    ]);
    expect(find(q, 'created leverage')?.speaker.name).toBe('President Trump');
  });
});
