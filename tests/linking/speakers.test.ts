import { describe, expect, it } from 'vitest';
import { compareSpeakers, speakerKeys } from '../../utils/linking/speakers';

// The same speaker across articles, with the names as the analysis gives them on the seed pages
// and the Scrapinghub corpus.

const s = (name: string | null, role: string | null = null) => ({ name, role });

describe('the same speaker across articles', () => {
  it.each([
    [
      'a transliteration',
      s('Nasser Kanaani', 'Iranian Foreign Ministry Spokesman'),
      s('Nasser Kanani', "Iran's Foreign Ministry spokesperson"),
    ],
    [
      'two misspellings whose roles agree',
      s('Willian Burnsm', 'director of the U.S. Central Intelligence Agency (CIA)'),
      s('William Burns', 'CIA chief'),
    ],
    ['a short given name', s('Tim Morrison'), s('Timothy Morrison')],
    ['a middle initial on one side', s('Sonya A. Zoghlin'), s('Sonya Zoghlin')],
    ['a middle name on one side', s('Owen John Dempsey', 'spoke to Dr.'), s('Owen Dempsey')],
    ['a suffix with and without its dot', s('James P. Kennedy Jr.'), s('James Kennedy Jr')],
    ['a title before the name', s('Singer-guitarists Tom Johnston'), s('Tom Johnston')],
    ['a nickname', s('Bill Clinton'), s('William Clinton')],
  ])('%s is the same person', (_, a, b) => {
    expect(compareSpeakers(a, b)).toBe('same');
  });

  it.each([
    // the corpus's own people who share a surname
    [s('Scott Morrison'), s('Tim Morrison')],
    [s('Scott Morrison'), s('Timothy Morrison')],
    [s('Jennifer Williams'), s('John Williams')],
    [s('Charlie McDowell'), s('Dan McDowell')],
    [s('Caitlyn Smith'), s('Valerie Smith')],
    [s('Patrick Nielsen Hayden'), s('Teresa Nielsen Hayden')],
    [s('Dale Ford'), s('John M. Ford')],
    [s('George H. W. Bush'), s('George W. Bush')],
    [s('Nasser Kanaani'), s('William Burns')],
  ])('%o and %o are two people', (a, b) => {
    expect(compareSpeakers(a, b)).toBe('different');
    expect(compareSpeakers(b, a)).toBe('different');
  });

  it('takes a surname alone for the person only when the story agrees ("likely")', () => {
    expect(compareSpeakers(s('Noem'), s('Kristi Noem', 'Gov.'))).toBe('likely');
    expect(compareSpeakers(s('President Trump'), s('Donald Trump'))).toBe('likely');
    expect(compareSpeakers(s('Dempsey'), s('Owen Dempsey'))).toBe('likely');
  });

  it('lets a spokesperson speak for the body their role names, and no one else', () => {
    const kanaani = s('Nasser Kanaani', 'Iranian Foreign Ministry Spokesman');
    expect(compareSpeakers(s("Iran's Foreign Ministry"), kanaani)).toBe('speaks-for');
    expect(compareSpeakers(s('Western countries'), kanaani)).toBe('unknown');
    expect(compareSpeakers(s('Swedish Prosecution Authority'), kanaani)).toBe('different');
    expect(compareSpeakers(s('Chinese CDC'), s('CDC'))).toBe('same');
  });

  it('cannot compare a group, a description or nobody', () => {
    expect(compareSpeakers(s('officials'), s('officials'))).toBe('unknown');
    expect(compareSpeakers(s('patient', 'patient'), s('Martin Taylor'))).toBe('unknown');
    expect(compareSpeakers(s(null), s('Martin Taylor'))).toBe('unknown');
  });

  it('files spellings one letter apart under a shared key, so the index finds them', () => {
    const shared = (a: string, b: string) => speakerKeys(s(a)).some((k) => speakerKeys(s(b)).includes(k));
    expect(shared('Willian Burnsm', 'William Burns')).toBe(true);
    expect(shared('Willian Burms', 'William Burns')).toBe(true);
    expect(shared('Nasser Kanaani', 'Nasser Kanani')).toBe(true);
    expect(speakerKeys(s('officials'))).toEqual([]);
  });
});
