import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers';

// News copy that may not name its source describes it: an indefinite or counted role noun after
// an inverted speech verb, with what follows it: a relative clause ("said a senior official who
// asked not to be named") or the body it speaks for in lowercase ("said a spokesman for the city
// council"). The relative clause says something of the source and is no part of who it is; its
// own verb ("asked") shares the source, not the inverted verb before it. The body makes the role
// longer, not the source unreadable.

const speakerOf = (paragraph: string) => quotesOf([paragraph])[0]?.speaker.name;

describe('an unnamed source with a relative clause', () => {
  it('is the role before the clause, not the verb or the clause', () => {
    expect(speakerOf('“The tolls will stay,” said a senior official who asked not to be named.')).toBe(
      'senior official',
    );
    expect(speakerOf('“The tolls will stay,” said one official who asked not to be named.')).toBe('official');
    expect(speakerOf('“The tolls will stay,” added one official who asked not to be named.')).toBe('official');
    expect(speakerOf('“The tolls will stay,” said a White House official who spoke on condition of anonymity.')).toBe(
      'White House official',
    );
  });

  it('is the speaker of what its clause reports too', () => {
    const q = quotesOf([
      '“The tolls will stay,” said a senior official who added that the bridge would reopen next week.',
    ]);
    expect(find(q, 'The tolls will stay')?.speaker.name).toBe('senior official');
    expect(find(q, 'the bridge would reopen')?.speaker.name).toBe('senior official');
  });

  it('speaks before its verb as well', () => {
    const q = quotesOf([
      // nytimes.com (16b4912c9bc9)
      'Even if American negotiators secure better market access for beef, pork, dairy and genetically modified products, Washington-based analysts who have done the calculations say they have difficulty figuring out how the United States could increase its agricultural exports to China to much more than $30 billion a year, without diverting trade from elsewhere.',
    ]);
    expect(find(q, 'they have difficulty figuring out')?.speaker.name).toBe('Washington-based analysts');
  });

  it('is the role of a definite description too', () => {
    const q = quotesOf([
      // kaieteurnewsonline.com (trafilatura-dev)
      'The logger who stayed back claimed that Ramdehol bled to death in his care and he decided to leave the jungle too.',
      // nytimes.com (trafilatura-dev): the description in apposition is not the speaker
      'The California Independent System Operator, the nonprofit entity that controls the flow of electricity for 80 percent of California, said it acted after three power plants shut down and wind power production dropped.',
    ]);
    expect(find(q, 'Ramdehol bled to death')?.speaker.name).toBe('logger');
    expect(find(q, 'three power plants shut down')?.speaker.name).toBe('California Independent System Operator');
  });

  it('keeps the clause that is the name of an unnamed source', () => {
    expect(speakerOf('“The tolls will stay,” said a person who has knowledge of the matter.')).toBe(
      'person who has knowledge of the matter',
    );
  });

  it('is no reading of a clause before "that" as a body', () => {
    // rt.com (4a44ab3e4c41): "self-declared" is no speech verb with a speaker before it
    const q = quotesOf([
      'Three people have died during protests in Bolivia against the self-declared “interim” government that ousted Evo Morales, after violent clashes erupted between the socialist leader’s supporters and security forces.',
    ]);
    expect(find(q, 'interim')).toBeUndefined();
  });

  it('leaves a participle’s own clause to its subject', () => {
    // hosted.ap.org (484d50c86fbc): "saying he recalled it" reports all of "he recalled it …"
    const q = quotesOf([
      'Last week State Department official David Holmes revealed one of those interactions to impeachment investigators, saying he recalled it “vividly.”',
    ]);
    expect(find(q, 'vividly')?.speaker.name).toBe('David Holmes');
    expect(find(q, 'vividly')?.clause).toBe('he recalled it “vividly.”');
  });
});

describe('a spokesperson for a body in lowercase', () => {
  it('is quoted, and speaks for the body', () => {
    expect(speakerOf('“We will reopen the bridge next week,” said a spokesman for the city council.')).toBe(
      'city council',
    );
    expect(speakerOf('“We will reopen the bridge next week,” a spokesman for the city council said.')).toBe(
      'city council',
    );
    // as the capitalised body is
    expect(speakerOf('“We will reopen the bridge next week,” said a spokesman for Amazon.')).toBe('Amazon');
  });

  it('speaks for the organisation the article names so', () => {
    const q = quotesOf([
      'The Houston City Council voted on Monday to close the bridge.',
      '“We will reopen the bridge next week,” said a spokesman for the city council.',
    ]);
    expect(find(q, 'reopen the bridge')?.speaker.name).toBe('Houston City Council');
  });

  it('is described, when the body is a bare noun the article names nothing by', () => {
    expect(speakerOf('“We will appeal,” said a spokeswoman for the family.')).toBe('spokeswoman for the family');
  });

  it('is still the person named beside the role', () => {
    // axios.com (trafilatura-dev)
    const q = quotesOf([
      '"We\'re like every other school district" trying to keep students safe, says Jennifer Johnson, a spokesperson for the school system.',
    ]);
    expect(find(q, 'every other school district')?.speaker.name).toBe('Jennifer Johnson');
  });
});

describe('another role with the body it is with', () => {
  it('is quoted with the body as its role', () => {
    // youhadmeatgardening.com (trafilatura-dev)
    const q = quotesOf([
      'Just as our expert in citrus care says, your lemon tree will probably want to spend most of its time outside.',
    ]);
    expect(find(q, 'your lemon tree will probably')?.speaker.name).toBe('our expert in citrus care');
    expect(speakerOf('“The tolls will stay,” said an official with the city council.')).toBe(
      'official with the city council',
    );
    expect(speakerOf('“We will appeal,” said a lawyer for the family.')).toBe('lawyer for the family');
  });
});

describe('recommending someone for a post', () => {
  it('is no report, whoever does it', () => {
    // github.blog (trafilatura-dev)
    const q = quotesOf([
      'Then, my husband at the time recommended me for an entry software developer position at a telecom and digital communications company.',
    ]);
    expect(q).toEqual([]);
  });
});
