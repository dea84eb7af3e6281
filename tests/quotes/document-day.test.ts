import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers';

// A document the lead dates by its publication ("a case study published Monday in the journal
// BMJ") dates the words written in it, wherever the story quotes them ("Taylor wrote" twenty
// paragraphs on, and the paragraph of his words after that), but it is not the story's news day:
// the doctor the story interviewed about it spoke on no day the story gives.

const CASE_STUDY = [
  // cnn.com (9eef8162bbb6), published 2019-11-19 at 11:45 UTC
  'The symptoms came on quickly. First it was hard to breathe, then dizzy spells caused by any amount of exertion.',
  '"Two months after the onset of the symptoms, I was unable to stand or walk for more than a few minutes at a time without feeling like I was going to pass out," wrote 43-year-old Martin Taylor of Aberdeenshire, Scotland, in a case study published Monday in the journal BMJ.',
  '"Going upstairs to bed was a 30 minute activity, as I could only manage two stairs at a time and then needed to sit and rest," Taylor added.',
  '"His general practitioner was very astute in not accepting the chest X-ray result at face value," Dempsey said, adding that it can be difficult to diagnose hypersensitivity pneumonitis because the changes are often subtle with just a "slight diffuse greyness to the lungs."',
  '"I think the radiologist may have thought it was just a slightly \'under-exposed\' chest X-ray," Dempsey said.',
  'Dempsey picked up the phone and rang Taylor.',
  '"He sounded very breathless, having just walked from one room in his house to the other," Dempsey said. "Very abnormal for such a young man. It was clear the patient had progressive and really very disabling breathlessness, now interfering with activities of daily life."',
  'Making the diagnosis was "a bit like a jigsaw," Dempsey said. One of the first clues was Taylor\'s blood work, which showed his immune system was exposed to avian protein. However, Taylor told Dempsey he didn\'t own any birds, just a cat and dog.',
  'While studies have not always supported the use of steroids, in this situation they were successful, especially since Taylor also removed the feather bedding.',
  '"The steroids which were prescribed after diagnosis ... had a transformative effect within two days," Taylor wrote. "The course of steroids continued ultimately for 12 months, with a gradual reduction in dose over time. I have thankfully been able to stop them completely.',
  '"I have not had any dizzy turns since recovering. It doesn\'t affect me at all now and my life is pretty much as it was before."',
];

describe('a document the lead dates by its publication', () => {
  const q = quotesOf(CASE_STUDY, '2019-11-19T11:45:59Z');

  it('dates the words written in it, read from the end of the attribution', () => {
    expect(find(q, 'Two months after the onset')?.date).toMatchObject({ iso: '2019-11-18', source: 'text' });
    expect(find(q, 'Going upstairs to bed')?.date?.iso).toBe('2019-11-18');
  });

  it('dates them again when the story quotes the document far on, and the paragraph that goes on with it', () => {
    expect(find(q, 'transformative effect')?.date?.iso).toBe('2019-11-18');
    expect(find(q, 'The course of steroids')?.date?.iso).toBe('2019-11-18');
    expect(find(q, 'dizzy turns')?.date?.iso).toBe('2019-11-18');
  });

  it('is not the news day of the interviews the story quotes', () => {
    expect(find(q, 'very astute')?.date).toMatchObject({ iso: '2019-11-19', source: 'published' });
    expect(find(q, 'a bit like a jigsaw')?.date?.iso).toBe('2019-11-19');
  });
});

describe('a letter the story dated, quoted again far on', () => {
  it('dates "the doctors stated" by the letter', () => {
    // nbcnews.com (abd9d629ee6d), published 2019-11-19 at 10:36 UTC
    const q = quotesOf(
      [
        'A group of physicians, alarmed that the Trump administration is denying flu vaccines to immigrants in custody, is urging the Department of Homeland Security to accept its offer to provide free flu shots to California detainees.',
        'In a Nov. 5 letter, the doctors pleaded with the administration to reconsider its decision to not vaccinate detained migrants for flu despite the deaths of at least three children in CBP custody during the 2018 flu season.',
        'The doctors, members of a recently formed group Doctors for Camp Closure, D4CC, have offered to stage a mobile flu vaccine at no cost to the government at the San Ysidro, California, Customs and Border Protection processing and detention facility.',
        'Customs and Border Protection, part of Homeland Security, did not accept the offer.',
        '"As a law enforcement agency and due to the short term nature of CBP holding and other logistical challenges, operating a vaccine program is not feasible," the spokesperson said.',
        'Although CBP’s guidelines recommend holding people no longer than 72 hours, the agency has been holding people far longer as arrivals of migrants seeking asylum spiked last year and this year, although they have since fallen.',
        'The group had set a deadline of Tuesday for the administration to respond before making the request public.',
        '"Flu season has already begun in many parts of the country, so we write with urgency," the doctors stated.',
      ],
      '2019-11-19T10:36:00Z',
    );
    expect(find(q, 'Flu season has already begun')?.date?.iso).toBe('2019-11-05');
    expect(find(q, 'operating a vaccine program')?.date?.iso).toBe('2019-11-19');
  });
});
