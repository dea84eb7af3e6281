import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers';

// Indirect and mixed quotes: the reported clause after the speech verb, up to the sentence end,
// the next attribution, or a quotation set off by a comma.

describe('reported speech', () => {
  it('reads the clause after "said" and after "said that"', () => {
    const q = quotesOf([
      'Kanaani noted that such allegations are part of the US propaganda campaign against the country.',
      'Cook said Apple employs about 450 Dreamers across the country.',
    ]);
    expect(find(q, 'such allegations are part')?.kind).toBe('indirect');
    expect(find(q, 'Apple employs about 450')?.speaker.name).toBe('Cook');
  });

  it('ends the clause before a quotation set off by a comma', () => {
    const q = quotesOf([
      'Tim Cook said Apple employs about 450 Dreamers, and he sees “first hand their love of their country.”',
    ]);
    expect(find(q, 'Apple employs')?.text).toBe('Apple employs about 450 Dreamers');
    expect(find(q, 'first hand')?.kind).not.toBe('indirect');
  });

  it('reads two reports in one sentence ("said A and said B")', () => {
    const q = quotesOf([
      'Russia’s foreign ministry said it viewed the move as “another measure contradicting” the legal basis and said it would likely further heighten tensions on the ground.',
    ]);
    expect(find(q, 'heighten tensions')?.speaker.name).toMatch(/foreign ministry/);
    expect(find(q, 'another measure contradicting')).toBeTruthy();
    expect(q.some((x) => x.kind === 'indirect' && x.text.includes('viewed the move'))).toBe(false);
  });

  it('does not take the circumstances of the saying for what was said', () => {
    const q = quotesOf([
      '“It was a great game for us,” Cook said in a fireside chat with Salesforce founder Marc Benioff at the conference.',
      'Boudreau spoke before the Wild’s 4-1 win over the Sabres in front of a crowd of 15,522 fans.',
      'The committee concluded its third public hearing on the impeachment proceedings late on Tuesday night.',
    ]);
    expect(q.filter((x) => x.kind === 'indirect')).toHaveLength(0);
  });

  it('finds "that" after a circumstance ("wrote in a blog post that …")', () => {
    const q = quotesOf([
      'Li Jifeng, a doctor at the hospital, wrote in a blog post that the couple had been transported to the facility on November 3.',
    ]);
    expect(find(q, 'the couple had been transported')?.speaker.name).toBe('Li Jifeng');
  });

  it('accepts a clause that opens with a gerund subject', () => {
    const q = quotesOf(['Volker said meeting with Giuliani was just part of the dialogue with the Ukrainians.']);
    expect(find(q, 'meeting with Giuliani was')).toBeTruthy();
  });
});

describe('reports that share or nest a subject', () => {
  it('keeps "admitted A but insisted B" as one report', () => {
    const q = quotesOf([
      'Last month, Tehran admitted it had sent drones to Russia but insisted they were supplied before the invasion began.',
    ]);
    expect(find(q, 'it had sent drones')?.text).toContain('insisted they were supplied');
  });

  it('does not cut a clause at a speech verb inside it ("… that Iran will not ask …")', () => {
    const q = quotesOf(['Kanaani added that Iran will not ask for permission from anyone for its foreign relations.']);
    expect(find(q, 'Iran will not ask')?.text).toBe(
      'Iran will not ask for permission from anyone for its foreign relations.',
    );
  });

  it('splits "Cook said A, and Benioff said B"', () => {
    const q = quotesOf([
      'Cook said the company had adapted quickly to business users, and Benioff said Apple had a place in his heart since 1984.',
    ]);
    expect(find(q, 'adapted quickly')?.text).not.toContain('Benioff');
    expect(find(q, 'place in his heart')?.speaker.name).toBe('Benioff');
  });
});

describe('participles and appositive names', () => {
  it('gives a participle clause ("…, saying he …") to the subject of its sentence, past an opening circumstance', () => {
    const q = quotesOf([
      'BUFFALO, N.Y. — Hours before the game Tuesday, Wild coach Bruce Boudreau expressed confidence in the veteran winger, saying he always finds a way to start scoring.',
    ]);
    expect(find(q, 'always finds a way')?.speaker.name).toBe('Bruce Boudreau');
    expect(find(q, 'BUFFALO')).toBeUndefined();
  });

  it('reads "denied doing anything wrong" and a name set off after a description', () => {
    const q = quotesOf([
      'Big Machine have twice denied doing anything wrong.',
      'The company that runs the AMAs, Dick Clark Productions, denies that anything has been definitely sorted.',
    ]);
    expect(find(q, 'doing anything wrong')?.speaker.name).toBe('Big Machine');
    expect(find(q, 'anything has been definitely sorted')?.speaker.name).toBe('Dick Clark Productions');
  });

  it('reads the clause before ", X said, offering …"', () => {
    const q = quotesOf([
      'Targeting audiences is key in making dollars go further, Julie Graham said, offering the example of a recent campaign.',
    ]);
    expect(find(q, 'Targeting audiences')?.speaker.name).toBe('Julie Graham');
  });
});

describe('reporting verbs and sources', () => {
  it('reads "…, NBC News reported." and "…, according to teachers unions."', () => {
    const q = quotesOf([
      'In an El Paso facility, a cell meant for 35 held 155 adult males with only one toilet and sink, NBC News reported.',
      'Nearly 300 school districts closed because of the rally, according to teachers unions.',
      'McClatchy reported a loss of $304.7 million on revenue of $167.4 million in the quarter.',
    ]);
    expect(find(q, 'a cell meant for 35')?.speaker.name).toBe('NBC News');
    expect(find(q, 'Nearly 300 school districts')?.speaker.name).toBe('teachers unions');
    expect(find(q, 'a loss of')).toBeUndefined();
  });
});

describe('the subject of a participle clause', () => {
  it('is the shortest opening followed by a verb, not the verb’s object', () => {
    const q = quotesOf([
      'Boudreau gave his players a pep talk Tuesday, telling them to “believe in yourselves” before the game.',
      'After the hearing, Kathleen Hawk Sawyer issued a statement about the charges, saying, “I am committed to this agency.”',
    ]);
    expect(find(q, 'believe in yourselves')?.speaker.name).toBe('Boudreau');
    expect(find(q, 'committed to this agency')?.speaker.name).toBe('Kathleen Hawk Sawyer');
  });
});

describe('an attribution set off by commas', () => {
  it('reports the whole clause before it, or what follows a subject fragment', () => {
    const q = quotesOf([
      'Apple has had a place in his heart since 1984, Marc Benioff said, ever since he did an internship at the company.',
      'Many of the prisons, Kathleen Hawk Sawyer said, are aging and need to be repaired soon.',
    ]);
    expect(find(q, 'a place in his heart')?.speaker.name).toBe('Marc Benioff');
    expect(find(q, 'ever since he did')).toBeUndefined();
    expect(find(q, 'are aging and need')?.speaker.name).toBe('Kathleen Hawk Sawyer');
  });
});

describe('words that look like reports but are not', () => {
  it('keeps "shows", "added 25 points" and "testified before the committee" out', () => {
    const q = quotesOf([
      'This graphic, provided by Statista, shows the U.S. states where recreational marijuana has been legalized.',
      'Danilo Gallinari added 25 points in his former home arena, and Nerlens Noel had 15.',
      'Later in the day, Kurt Volker, former special envoy to Kyiv, and Tim Morrison, another top aide, testified before the powerful House Committee.',
    ]);
    expect(q).toEqual([]);
  });

  it('still reads "…, the office announced Monday." and a subject set off by party and state', () => {
    const q = quotesOf([
      'A New York man pleaded guilty to charges he threatened to kill a congresswoman, the U.S. Attorney’s Office announced Monday.',
      'Sen. Ben Sasse, R-Neb., called his death "a crisis of public trust" within the prison system.',
    ]);
    expect(find(q, 'pleaded guilty')?.speaker.name).toMatch(/Attorney’s Office/);
    expect(find(q, 'crisis of public trust')?.speaker.name).toBe('Ben Sasse');
  });
});

describe('the one told', () => {
  it('is not part of what was told ("told lawmakers it was his duty")', () => {
    const q = quotesOf([
      'Lt. Col. Alexander Vindman told lawmakers it was his duty to report his concerns about the call to his superiors.',
    ]);
    expect(find(q, 'his duty')?.text).toMatch(/^it was his duty/);
  });
});
