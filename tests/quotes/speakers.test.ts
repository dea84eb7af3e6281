import { describe, expect, it } from 'vitest';
import { readMention } from '../../utils/quotes/names';
import { find, quotesOf } from './helpers';

// Who said it: a full name when the article gives one, else the organisation or group.

describe('reading the subject of a speech verb', () => {
  it('splits a title from the name and keeps a surname that is also a role noun', () => {
    expect(readMention('veteran industry analyst Ken Doctor')).toMatchObject({
      kind: 'name',
      name: 'Ken Doctor',
      role: 'veteran industry analyst',
    });
    expect(readMention('Foreign Ministry Spokesman Nasser Kanaani')).toMatchObject({
      name: 'Nasser Kanaani',
      role: 'Foreign Ministry Spokesman',
    });
    expect(readMention('President Donald Trump')).toMatchObject({ name: 'Donald Trump' });
    expect(readMention('Dr. Jane Doe')).toMatchObject({ name: 'Jane Doe' });
  });

  it('names groups of people who speak together', () => {
    expect(readMention('Federal prosecutors')).toMatchObject({ kind: 'group', name: 'Federal prosecutors' });
    expect(readMention('Officials')).toMatchObject({ kind: 'group', name: 'Officials' });
    expect(readMention('The doctors')).toMatchObject({ kind: 'group', name: 'doctors' });
    expect(readMention('Prison union representatives')).toMatchObject({ kind: 'group' });
  });
});

describe('speakers of quotes', () => {
  it('does not take "the United States" for a speech verb and a speaker', () => {
    const q = quotesOf([
      'The United States lost to Canada for the first time in the Davis Cup after a long match on Tuesday.',
    ]);
    expect(q).toHaveLength(0);
  });

  it('does not read a possessive noun ("the ministry’s claim") as a speech verb', () => {
    const q = quotesOf([
      'A refugee in the camp said that the Syrian defense ministry’s claim is “absolutely not true.”',
    ]);
    expect(q.every((x) => x.speaker.name !== 'Syrian defense ministry’s')).toBe(true);
  });

  it('resolves a role noun to the person given that title earlier ("Gov." is the governor)', () => {
    const q = quotesOf([
      'Republican Gov. Eric Holcomb met the union leaders on Tuesday morning at the Statehouse in Indianapolis.',
      'The governor said he was waiting for a teacher pay commission to make recommendations on increasing pay.',
    ]);
    expect(find(q, 'waiting for a teacher pay')?.speaker.name).toBe('Eric Holcomb');
  });

  it('gives a spokesperson’s words to the organisation when no name is given', () => {
    const q = quotesOf([
      'A spokesperson for the British Foreign Office said settlements “are illegal under international law.”',
    ]);
    expect(find(q, 'illegal under')?.speaker.name).toBe('British Foreign Office');
  });

  it('reads reported speech before ", the X said."', () => {
    const q = quotesOf([
      'Two United States service members have been killed in a helicopter crash in Afghanistan, the US military said in a statement on Wednesday.',
    ]);
    const hit = find(q, 'service members have been killed');
    expect(hit?.kind).toBe('indirect');
    expect(hit?.speaker.name).toBe('US military');
  });

  it('keeps a group as the speaker', () => {
    const q = quotesOf([
      'Federal prosecutors said no inmate checks were made from 10:30 p.m. to 6:30 a.m. the following morning.',
    ]);
    expect(find(q, 'no inmate checks')?.speaker.name).toBe('Federal prosecutors');
  });
});

describe('names in context', () => {
  it('keeps the title after a preposition out of the name', () => {
    expect(readMention('China’s ambassador to Britain Liu Xiaming')).toMatchObject({ name: 'Liu Xiaming' });
    expect(readMention('Secretary of State Mike Pompeo')).toMatchObject({
      name: 'Mike Pompeo',
      role: 'Secretary of State',
    });
    expect(readMention('NASA’s Administrator Jim Bridenstine')).toMatchObject({ name: 'Jim Bridenstine' });
    expect(readMention('Cmdr. Sean Robertson')).toMatchObject({ name: 'Sean Robertson' });
    expect(readMention('China’s ambassador to Britain')).toMatchObject({ kind: 'role' });
  });

  it('resolves a later surname to the full name, also when first given in the possessive', () => {
    const q = quotesOf([
      'The campaign has been facing backlash since it was introduced on Monday, but Michelle Hege’s response was concern.',
      '“At the end of the day, the proof’s in the pudding,” Hege said.',
    ]);
    expect(find(q, 'proof’s in the pudding')?.speaker.name).toBe('Michelle Hege');
  });

  it('reads a surname that is also a role noun as the surname ("says Doctor")', () => {
    const q = quotesOf([
      'Veteran industry analyst Ken Doctor has followed the chains for a decade and writes about them every week.',
      '“They see the way down as close to inevitable,” says Doctor.',
    ]);
    expect(find(q, 'way down')?.speaker.name).toBe('Ken Doctor');
  });

  it('finds the subject behind two appositives ("X, a …, the …, told")', () => {
    const q = quotesOf([
      'Omar Lamrani, a senior military analyst at Stratfor, the Texas-based intelligence firm, told Business Insider that the group was “fairly secular by regional standards.”',
    ]);
    expect(find(q, 'fairly secular')?.speaker.name).toBe('Omar Lamrani');
  });
});

describe('full names', () => {
  it('leaves a clause opener or an opening circumstance out of the speaker', () => {
    expect(readMention('When President Trump’s advisers')).toMatchObject({ kind: 'group' });
    expect(readMention('But the company')?.text).toBe('the company');
    expect(readMention('In a Tumblr post at the time she')).toMatchObject({ kind: 'pronoun', text: 'she' });
    expect(readMention('Then')).toBeNull();
  });

  it('finds the name behind a descriptive appositive', () => {
    const q = quotesOf([
      'Omar Lamrani, a senior military analyst at Stratfor, the Texas-based geopolitical intelligence organization, told Business Insider in October 2018 that the group was fairly secular.',
    ]);
    expect(find(q, 'fairly secular')?.speaker.name).toBe('Omar Lamrani');
  });

  it('reads a progressive speech verb ("is urging")', () => {
    const q = quotesOf([
      'A group of physicians, alarmed that the administration is denying flu vaccines to immigrants, is urging the department to accept its offer of free flu shots.',
    ]);
    expect(find(q, 'accept its offer')?.speaker.name).toBe('physicians');
  });

  it('keeps the small words of an institution’s name', () => {
    expect(readMention('the Chinese Center for Disease Control and Prevention')).toMatchObject({
      kind: 'org',
      name: 'Chinese Center for Disease Control and Prevention',
    });
    const q = quotesOf([
      'The couple was quarantined, and the Chinese Center for Disease Control and Prevention said it had traced everyone who met the patients.',
    ]);
    expect(find(q, 'traced everyone')?.speaker.name).toBe('Chinese Center for Disease Control and Prevention');
    // a title with "of" is still a title
    expect(readMention('Secretary of State Mike Pompeo')).toMatchObject({ name: 'Mike Pompeo' });
  });

  it('reads a team or outlet before a name as the person’s role', () => {
    expect(readMention('Browns DL Sheldon Richardson')).toMatchObject({
      kind: 'name',
      name: 'Sheldon Richardson',
      role: 'Browns DL',
    });
    expect(readMention('Kotak Institutional Equities')).toMatchObject({ kind: 'org' });
  });

  it('resolves a surname to a name introduced behind a long title', () => {
    const q = quotesOf([
      'Indiana House Speaker Brian Bosma spoke before lawmakers defending the state budget approved in April.',
      '“We get that you’re frustrated,” Bosma said.',
    ]);
    expect(find(q, 'frustrated')?.speaker.name).toBe('Brian Bosma');
  });

  it('takes a first name an editor put in parentheses', () => {
    const q = quotesOf([
      '“Coach (Frank) Vogel came in here and said congratulations,” James said.',
      '“He’s just playing terrific basketball,” Vogel said.',
    ]);
    expect(find(q, 'terrific')?.speaker.name).toBe('Frank Vogel');
  });

  it('names a person the article never gives a first name by title and surname', () => {
    const q = quotesOf([
      'When his advisers suggested a smaller deal, President Trump wasn’t satisfied with the terms on offer.',
      '“My people had $20 billion done,” Mr. Trump said.',
    ]);
    expect(find(q, '$20 billion')?.speaker.name).toBe('President Trump');
    const full = quotesOf([
      'President Donald Trump spoke at the White House on the deal with China.',
      '“My people had $20 billion done,” Mr. Trump said.',
    ]);
    expect(find(full, '$20 billion')?.speaker.name).toBe('Donald Trump');
  });
});

describe('quotes with no attribution of their own', () => {
  it('continue the speaker of the quote before them in the paragraph', () => {
    const q = quotesOf([
      '“It was a difficult situation for us,” Feliciano Lopez said. “We needed this win, otherwise we could be out of the tournament.”',
    ]);
    expect(find(q, 'We needed this win')?.speaker.name).toBe('Feliciano Lopez');
  });

  it('belong to the person the sentence before introduces', () => {
    const q = quotesOf([
      '“I felt strange as soon as the anesthesia wore off,” said actress Mary Steenburgen.',
      'Steenburgen’s son, filmmaker Charlie McDowell, also remembers it as a trying time. “If your mom comes to you after surgery and says her head is full of music, it is fair to worry.”',
    ]);
    expect(find(q, 'If your mom')?.speaker.name).toBe('Charlie McDowell');
  });

  it('continue the last speaker in a floating quote paragraph', () => {
    const q = quotesOf([
      '“We will keep fighting for the workers of this state,” said Governor Jane Smith.',
      '“Nobody should have to work two jobs to pay the rent in this city.”',
    ]);
    expect(find(q, 'two jobs')?.speaker.name).toBe('Jane Smith');
  });

  it('are dropped when they are scare quotes or titles', () => {
    const q = quotesOf([
      'The so-called “special operation” began in February, and the film “Wild Rose” opened in theaters on Friday.',
    ]);
    expect(q).toHaveLength(0);
  });
});

describe('descriptions as speakers', () => {
  it('names the speaker by the description when no person fits it', () => {
    const q = quotesOf(['“Don’t hide things like this,” one Weibo commenter said.']);
    expect(find(q, 'hide things')?.speaker.name).toBe('Weibo commenter');
  });

  it('resolves a role phrase by its role noun, not its last word', () => {
    const q = quotesOf([
      'China’s ambassador to Britain Liu Xiaming spoke to reporters in London on Monday about the protests in the city.',
      'China’s ambassador to Britain said the government “will not sit on our hands.”',
    ]);
    expect(find(q, 'sit on our hands')?.speaker.name).toBe('Liu Xiaming');
  });
});

describe('speakers that are not speakers', () => {
  it('leaves sentence openers, datelines, titles of works and adverbs out of names', () => {
    expect(readMention('BERLIN -- The European Space Agency')).toMatchObject({
      kind: 'org',
      name: 'European Space Agency',
    });
    expect(readMention('Whatever')).toBeNull();
    const q = quotesOf([
      'Whatever Apple decides, the keyboard will change next year.',
      'Apple says that the new laptop has different fan blades and more surface area.',
      'Big Machine flat-out denied that it had blocked her performance at the awards.',
    ]);
    expect(find(q, 'fan blades')?.speaker.name).toBe('Apple');
    expect(find(q, 'blocked her performance')?.speaker.name).toBe('Big Machine');
  });

  it('reads the name after an abbreviated title and before a circumstance', () => {
    const q = quotesOf([
      '“Every study of the last 40 years points to a heavy-lift rocket,” said Rep. Brian Babin, ranking member of the committee.',
      '“We believe Q3 comps would have been closer to 5%,” wrote Fadem in a Tuesday research report.',
    ]);
    expect(find(q, 'heavy-lift')?.speaker.name).toBe('Brian Babin');
    expect(find(q, 'closer to 5%')?.speaker.name).toBe('Fadem');
  });

  it('does not take the one told, a participle’s object or the writer for the speaker', () => {
    const q = quotesOf([
      'Sonya A. Zoghlin, Carlineo’s attorney, told The Hill in a statement that her client did not intend to cause harm.',
      'The US welcomed the exchange, saying the hostages had suffered from their ordeal.',
      'As I said earlier, nobody else is talking about how to build an online leadership role.',
    ]);
    expect(find(q, 'did not intend')?.speaker.name).toBe('Sonya A. Zoghlin');
    expect(find(q, 'hostages had suffered')?.speaker.name).not.toMatch(/hostages/);
    expect(find(q, 'nobody else')).toBeUndefined();
  });

  it('finds the name behind two appositives, the first of them a title with an "&"', () => {
    const q = quotesOf([
      'Jeff Sanborn, president of Chapter & Verse, a Spokane and Seattle advertising and design agency, said he thought the campaign was meant to raise eyebrows.',
      'Trump has been eager to withdraw, but General Mark Milley, chairman of the Joint Chiefs of Staff, told US media this month that its forces are likely to remain "for several more years".',
    ]);
    expect(find(q, 'raise eyebrows')?.speaker.name).toBe('Jeff Sanborn');
    expect(find(q, 'several more years')?.speaker.name).toBe('Mark Milley');
  });

  it('names the person after an inverted description, and no relative pronoun', () => {
    const q = quotesOf([
      'Sondland was known for telling others "he was in charge of Ukraine," said another witness in the impeachment probe, former White House Russia adviser Fiona Hill.',
      'The hearing follows the testimony of four officials, including a career Army officer who described the call as "improper."',
    ]);
    expect(find(q, 'in charge of Ukraine')?.speaker.name).toBe('Fiona Hill');
    expect(find(q, 'improper')?.speaker.name ?? '').not.toMatch(/\bwho$/);
  });

  it('reads "As X noted, …" and keeps infinitives and negations out', () => {
    const q = quotesOf([
      '(As CNN’s chief medical correspondent Dr. Sanjay Gupta noted at the time, the heart disease meant a moderate risk of a heart attack.)',
      'The deal was supposed to allow leaders from both countries to claim an easy victory while soothing markets.',
      'Yet the experts somehow cannot explain why they were silent during the previous administration.',
    ]);
    expect(find(q, 'moderate risk')?.speaker.name).toBe('Sanjay Gupta');
    expect(find(q, 'easy victory')).toBeUndefined();
    expect(find(q, 'were silent')).toBeUndefined();
  });
});
