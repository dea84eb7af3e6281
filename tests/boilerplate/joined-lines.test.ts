import { describe, expect, it } from 'vitest';
import { joinedByFlags, matchesOne } from '../../utils/boilerplate/joined';
import { captionLines } from '../../utils/boilerplate/categories/other';
import { promoLines } from '../../utils/boilerplate/categories/ad';

// The inner pass asks a short line whether it is a caption or a promo against each list joined into
// one pattern per set of flags. The joined patterns must say yes exactly where one of the list does:
// real captions, credits and promos (from the pages the caption and inner-rule tests read) and the
// article sentences beside them.

const LINES = [
  'Abbildung: Vergleich auf dem Aletschgletscher',
  'Abbildung 4: klassische Schwachschicht.',
  'Titelbild: Geyres Christophe/ABACA/picture-alliance',
  'Roman Prymula, photo: Archives du Ministère de la Santé',
  'Vergrößern Eine kleine runde Aussparung im Fels',
  'Vergrößern Sie das Bild',
  'Bild 3 von 12',
  'The protesters gathered outside the council (Photo: Jane Doe)',
  'Police officers stand guard (AP Photo/Jae C. Hong)',
  '© Jörg Gemsch',
  'CLICK HERE TO GET THE FOX NEWS APP',
  'Get the latest news from the region delivered to your inbox',
  'Download our free app for iPhone and Android',
  'Felix Stalder: Zu wissen, mit wem Corona-Patienten Kontakt hatten, ist wichtig.',
  'Andrej Babiš a également annoncé de nouvelles mesures.',
  'Many of the protesters wear masks to shield their identities.',
  'Portion Fix Containers: 1 Green, 1 Red, 1 Yellow, 1 tsp.',
  '',
];

describe('caption and promo lines joined by their flags', () => {
  for (const [name, list] of [
    ['caption', captionLines],
    ['promo', promoLines],
  ] as const) {
    it(`match exactly where one of the ${name} lines does, in fewer patterns`, () => {
      const joined = joinedByFlags(list);
      expect(joined.length).toBeLessThan(list.length);
      for (const line of LINES) expect(matchesOne(joined, line), line).toBe(list.some((re) => re.test(line)));
      // the lines hold some of each kind and some of neither
      const matched = LINES.filter((l) => matchesOne(joined, l)).length;
      expect(matched).toBeGreaterThan(0);
      expect(matched).toBeLessThan(LINES.length);
    });
  }

  it('keeps apart what cannot be joined: other flags, a back-reference', () => {
    const list = [/^a(b)\1$/, /^x/i, /^y/i, /^z/];
    const joined = joinedByFlags(list);
    // the two without flags stay apart (one refers back to a group), the two ignoring case are one
    expect(joined.map((re) => re.source)).toEqual(['^a(b)\\1$', '^z', '(?:^x)|(?:^y)']);
    for (const t of ['abb', 'ab', 'X1', 'y', 'z', 'Z'])
      expect(matchesOne(joined, t), t).toBe(list.some((re) => re.test(t)));
  });
});
