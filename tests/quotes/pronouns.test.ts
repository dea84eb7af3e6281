import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers';

// "he said", "she said": the nearest person the text is about whose gender fits, learnt from the
// article itself (titles, gendered role nouns, the pronouns that follow a name).

describe('pronoun speakers', () => {
  it('skip a person of the other gender', () => {
    const q = quotesOf([
      'Director Tom Harper fell in love with the script and said he wanted a star who could sing.',
      'Oscar-winning actress Mary Steenburgen joined the project a year later.',
      'Harper sent her the song. “It was terrifying,” she said.',
    ]);
    expect(find(q, 'terrifying')?.speaker.name).toBe('Mary Steenburgen');
  });

  it('take the subject of the sentence before, not a name in passing', () => {
    const q = quotesOf([
      '“That’s perfect,” coach Bruce Boudreau said of the win.',
      'Wild defenseman Ryan Suter, who joked about Zach Parise’s habit of changing sticks, could see the frustration on his friend’s face. “He’s used to scoring goals,” he said.',
    ]);
    expect(find(q, 'scoring goals')?.speaker.name).toBe('Ryan Suter');
  });

  it('ignore a person named inside a prepositional phrase', () => {
    const q = quotesOf([
      '“I felt strange,” said actress Mary Steenburgen. She said she woke up hearing music.',
      'Fun as that might sound in an Oliver Sacks kind of way, Steenburgen was not thrilled. The next two months were tough. “I couldn’t focus, I couldn’t have acted,” she said.',
    ]);
    expect(find(q, 'couldn’t focus')?.speaker.name).toBe('Mary Steenburgen');
  });

  it('learn gender from Mr. and Ms.', () => {
    const q = quotesOf([
      'Ms. Jordan Lee and Mr. Casey Morgan both spoke at the meeting on Tuesday evening in the town hall.',
      'Morgan left early. “We are not done,” she said.',
    ]);
    expect(find(q, 'not done')?.speaker.name).toBe('Jordan Lee');
  });

  it('learn gender from the pronoun that opens the next sentence, and skip a name after "through" (bbc.com, 70cb2d5b)', () => {
    const q = quotesOf([
      'Swift got high profile support last week, after accusing them of trying to stop her performing her back catalogue.',
      "Taylor Swift's first six albums were released through Big Machine, which was bought out by a company owned by talent manager Scooter Braun earlier this year.",
      'In a Tumblr post at the time she described this as the "worst case scenario" and accused him of years of "incessant, manipulative bullying".',
      'Braun has worked with the likes of Kanye West and Kim Kardashian - both of whom Taylor Swift has had feuds with in the past.',
      'He has consistently denied being unfair to her.',
    ]);
    expect(find(q, 'worst case scenario')?.speaker.name).toBe('Taylor Swift');
    expect(find(q, 'manipulative bullying')?.speaker.name).toBe('Taylor Swift');
  });
});
