import { describe, expect, it } from 'vitest';
import { expandAcronym, modifiedGroup, namedGroup, orgByFirstWord } from '../../utils/quotes/speakers/group-names';
import { find, quotesOf } from './helpers';

// A group or organisation quoted by a short name gets the fullest name the article gives it.

describe('fuller names for groups and organisations', () => {
  it('gives a bare "prosecutors" the modifiers the article gave them', () => {
    const q = quotesOf([
      'Federal prosecutors alleged that the two guards browsed the Internet during their shift.',
      'Prosecutors alleged that no inmate checks were made for eight hours that night.',
    ]);
    expect(find(q, 'no inmate checks')?.speaker.name).toBe('Federal prosecutors');
    // a later "Hong Kong police" names the police of an earlier "police said"
    expect(
      modifiedGroup(
        'police',
        [
          'This comes after police said the students had no option.',
          'Hong Kong police have laid siege to a university.',
        ],
        0,
      ),
    ).toBe('Hong Kong police');
  });

  it('does not guess which "officials" when several kinds are named', () => {
    expect(
      modifiedGroup('officials', ['Beijing officials ultimately admitted it.', 'Officials say the risk is low.'], 1),
    ).toBeNull();
  });

  it('names "the doctors" by the group they belong to', () => {
    const q = quotesOf([
      'The doctors, members of a recently formed group Doctors for Camp Closure, have offered to stage a free clinic.',
      'The doctors warned that migrants are not the only people at risk of illness this winter.',
    ]);
    expect(find(q, 'not the only people')?.speaker.name).toBe('Doctors for Camp Closure');
    // not the end of a longer name, nor a sentence opening
    expect(
      namedGroup('teachers', [
        'Indiana State Teachers Association President Keith Gambill spoke.',
        'Teachers of all grades came.',
      ]),
    ).toBeNull();
    // the first such name in the article, whichever case the noun is asked in
    const paragraphs = [
      'Volunteers came from Doctors Without Borders and the clinic.',
      'A letter from Doctors for Camp Closure went to the governor.',
    ];
    expect(namedGroup('doctors', paragraphs)).toBe('Doctors Without Borders');
    expect(namedGroup('Doctors', paragraphs.toReversed())).toBe('Doctors for Camp Closure');
  });

  it('spells out an acronym the article expands', () => {
    const paragraphs = [
      'They will stage a clinic at the San Ysidro, California, Customs and Border Protection processing facility.',
    ];
    expect(expandAcronym('CBP', paragraphs)).toBe('Customs and Border Protection');
    const q = quotesOf([
      ...paragraphs,
      'CBP said it would not be vaccinating migrant families in its holding centers.',
    ]);
    expect(find(q, 'not be vaccinating')?.speaker.name).toBe('Customs and Border Protection');
  });

  it('spells out an acronym by the first name in the article whose initials give it', () => {
    const customs = 'Lawyers met Customs and Border Protection officials on Monday.';
    const citizens = 'The protest was organised by Citizens for Border Policy, a local group.';
    expect(expandAcronym('CBP', [customs, citizens])).toBe('Customs and Border Protection');
    expect(expandAcronym('CBP', [citizens, customs])).toBe('Citizens for Border Policy');
    expect(expandAcronym('CBPs', [citizens, customs])).toBe('Citizens for Border Policy');
    expect(expandAcronym('FBI', [citizens, customs])).toBeNull();
  });

  it('names an organisation by its full name when a quote uses its first word', () => {
    expect(orgByFirstWord('Alden', ['The private equity firm Alden Capital owns the Denver Post.'])).toBe(
      'Alden Capital',
    );
    expect(
      orgByFirstWord('Teachers', ['Indiana State Teachers Association President Keith Gambill spoke.']),
    ).toBeNull();
  });

  it('reads the first word in every paragraph that gives it, and takes no name the article gives two of', () => {
    const paragraphs = [
      'Denver Post staff said they were told on Monday.',
      'The newspaper is owned by Alden Capital, a hedge fund.',
      'Alden Global Capital has cut staff at other papers too.',
    ];
    expect(orgByFirstWord('Alden', paragraphs)).toBe('Alden Capital');
    expect(orgByFirstWord('Alden', [...paragraphs, 'Alden Group executives declined to comment.'])).toBeNull();
  });

  it('resolves "his office" and "the statement" to who they speak for', () => {
    const q = quotesOf([
      'Teachers did not see Governor Eric Holcomb at the Statehouse on the day of the rally. His office said he was keeping long-standing plans to travel to Florida.',
      'Two service members were killed in a helicopter crash, the US military said in a statement.',
      '"The cause of the crash is under investigation," the statement said.',
    ]);
    expect(find(q, 'long-standing plans')?.speaker.name).toBe("Eric Holcomb's office");
    expect(find(q, 'cause of the crash')?.speaker.name).toBe('US military');
  });

  it('names an unnamed lawyer by the client the article gives', () => {
    const q = quotesOf([
      'Castor asked Tim Morrison about his predecessor, but Morrison’s lawyer said the question was outside the scope of his testimony.',
    ]);
    expect(find(q, 'outside the scope')?.speaker.name).toBe('Morrison’s lawyer');
  });
});
