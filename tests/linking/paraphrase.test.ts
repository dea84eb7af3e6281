import { describe, expect, it } from 'vitest';
import { linkPair } from '../../utils/linking/link';
import { stemOverlap } from '../../utils/linking/paraphrase';
import { toLinkRecord, type LinkQuoteInput } from '../../utils/linking/record';

// Reported speech against quoted words, with the seed pair's and the corpus's own sentences.

const ifp = {
  id: 'ifp',
  title: 'Iran says CIA chief claims regarding Tehran-Moscow ties baseless',
  site: 'IFP',
  published: '2022-12-18',
};
const mt = {
  id: 'mt',
  title: "Iran Says Doesn't Need 'Permission' to Expand Russia Ties",
  site: 'MT',
  published: '2022-12-18',
};
const kanaani = { name: 'Nasser Kanaani', role: 'Iranian Foreign Ministry Spokesman' };
const quote = (q: Partial<LinkQuoteInput> & Pick<LinkQuoteInput, 'text' | 'kind'>): LinkQuoteInput => ({
  id: 'q',
  speaker: kanaani,
  date: '2022-12-18',
  ...q,
});

describe('reported speech and the words it reports', () => {
  const permission = toLinkRecord(
    ifp,
    quote({ kind: 'indirect', text: 'Iran will not ask for permission from anyone for its foreign relations.' }),
  );

  it("uses a mixed quote's clause when the analysis gives one", () => {
    const bare = quote({
      kind: 'mixed',
      text: 'seek permission from anyone',
      speaker: { name: "Iran's Foreign Ministry", role: null },
    });
    const withClause = {
      ...bare,
      clause: 'it would not "seek permission from anyone" to expand relations with Russia',
    };
    const a = linkPair(permission, toLinkRecord(mt, bare))!;
    const b = linkPair(permission, toLinkRecord(mt, withClause))!;
    expect(a).toMatchObject({ relation: 'paraphrase', speaker: 'speaks-for' });
    expect(b).toMatchObject({ relation: 'paraphrase', speaker: 'speaks-for' });
    expect(stemOverlap(permission, toLinkRecord(mt, withClause)).shared).toBeGreaterThan(
      stemOverlap(permission, toLinkRecord(mt, bare)).shared,
    );
  });

  it('needs the dates to agree', () => {
    const mtQuote = quote({ kind: 'mixed', text: 'seek permission from anyone', date: '2022-11-01' });
    expect(linkPair(permission, toLinkRecord(mt, mtQuote))).toBeNull();
  });

  it('counts names for half: sharing "President Trump" is not sharing a statement', () => {
    const grisham = toLinkRecord(
      { id: 'deccan', title: 'Impeachment sham completely debunked: White House', site: null, published: '2019-11-19' },
      {
        id: 'q8',
        kind: 'indirect',
        text: 'the Democrats of being blinded by their hatred for President Trump.',
        speaker: { name: 'Stephanie Grisham', role: 'White House press secretary' },
        date: '2019-11-19',
      },
    );
    const garbled = toLinkRecord(
      {
        id: 'cnn',
        title: "Why you just can't trust the White House on Donald Trump's health",
        site: null,
        published: '2019-11-18',
      },
      {
        id: 'q2',
        kind: 'indirect',
        text: '(CNN)President Donald Trump',
        speaker: { name: 'White House', role: null },
        date: '2019-11-18',
      },
    );
    expect(linkPair(grisham, garbled)).toBeNull();
  });
});
