import { describe, expect, it } from 'vitest';
import { compareDirect } from '../../utils/linking/direct';
import { normalWords } from '../../utils/linking/words';
import { lightStem } from '../../utils/linking/stem';

// Direct quotes against direct quotes, with the quotes of the corpus's multi-outlet stories.

describe('direct quotes of the same words', () => {
  it('reads two outlets punctuating the same words differently as verbatim', () => {
    expect(compareDirect('We got her, we got her!', 'We got her. We got her.')).toMatchObject({
      relation: 'verbatim',
      run: 6,
    });
    // an editor's bracket is the speaker's word
    const patient = compareDirect(
      'Going upstairs to bed was a 30 minute activity, as I could only manage two stairs at a time and then needed to sit and rest,',
      'Going upstairs to bed was a 30 min[ute] activity as I could only manage two stairs at a time and then needed to sit and rest,',
    );
    expect(patient?.relation).toBe('verbatim');
  });

  it('reads a piece of a longer quote, or words left out at an ellipsis, as trimmed', () => {
    const paganini =
      "While scientists have not yet detected liquid water directly, we've found the next best thing: water in vapor form,";
    expect(compareDirect('next best thing', paganini)).toMatchObject({ relation: 'trimmed', coverage: 1 });
    expect(
      compareDirect(
        'Cooperation between Iran and Russia in various fields including defense is expanding within the framework of common interests ... and is not against any third country.',
        'Cooperation between Iran and Russia in various fields including defense is expanding within the framework of common interests and the rights of the two nations and is not against any third country',
      )?.relation,
    ).toBe('trimmed');
    // two outlets' overlapping excerpts of the patient's account
    const steroids = compareDirect(
      'The steroids which were prescribed after diagnosis ... had a transformative effect within two days,',
      'had a transformative effect within 2 days. At the same time, having assumed that a possible cause of the allergy was feather bedding, I replaced them with hypoallergenic bedding.',
    );
    expect(steroids).toMatchObject({ relation: 'trimmed', run: 7 });
  });

  it('reads changed words as altered, and marks them for the reader', () => {
    const d = compareDirect('bullet in her f---ing skull.', 'somebody ought to put a bullet in her skull,')!;
    expect(d.relation).toBe('altered');
    expect(d.diff).toEqual([
      { op: 'added', text: 'somebody ought to put a' },
      { op: 'same', text: 'bullet in her' },
      { op: 'removed', text: 'f---ing' },
      { op: 'same', text: 'skull' },
    ]);
    const ag = compareDirect(
      'We received an inquiry from the office of the New York State Attorney General',
      'we have received an inquiry from the office of the New York State Attorney General',
    )!;
    expect(ag.relation).toBe('altered');
    expect(ag.diff.filter((p) => p.op !== 'same')).toEqual([{ op: 'added', text: 'have' }]);
  });

  it('finds no shared run in two different statements of one speaker', () => {
    const noem = compareDirect(
      'Hey Twitter, the whole point of this ad campaign is to raise awareness,',
      'The mission of the campaign is to raise awareness – to get people talking about how they can be part of the solution and not just the problem,',
    )!;
    expect(noem.relation).toBe('altered');
    expect(noem.coverage).toBeLessThan(0.5);
  });
});

describe('normalised words', () => {
  it('folds case, apostrophes, abbreviations, number words and dashes', () => {
    expect(normalWords('U.S. propaganda war — “We’re on it,” two days')).toEqual([
      'us',
      'propaganda',
      'war',
      "we're",
      'on',
      'it',
      '2',
      'days',
    ]);
    expect(normalWords('interests ... and')).toEqual(['interests', '…', 'and']);
  });

  it('stems inflections only: "nations" meets "nation", "national" stays apart', () => {
    expect(lightStem('relations')).toBe(lightStem('relation'));
    expect(lightStem('expanding')).toBe(lightStem('expands'));
    expect(lightStem('independently')).toBe(lightStem('independent'));
    expect(lightStem('nations')).toBe('nation');
    expect(lightStem('national')).not.toBe(lightStem('nations'));
  });
});
