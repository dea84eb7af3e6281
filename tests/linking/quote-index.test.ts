import { beforeAll, describe, expect, it } from 'vitest';
import { LinkIndex } from '../../utils/linking/quote-index';
import { linkPair, linkQuote } from '../../utils/linking/link';
import { articleRecords, type LinkRecord } from '../../utils/linking/record';
import { datesAgree, dayGap } from '../../utils/linking/dates';
import { seedArticle } from '../helpers/linking';

// The index must find every link a scan of all pairs finds: it is an index, not a filter.

let records: LinkRecord[];
beforeAll(() => {
  records = [seedArticle('ifp-kanaani-cia'), seedArticle('moscowtimes-iran-permission')].flatMap(articleRecords);
});

const keys = (ls: { from: string; to: string }[]) => ls.map((l) => `${l.from} ${l.to}`).sort();

describe('the link index', () => {
  it('finds the same links as a scan of every pair', () => {
    const ifp = records.filter((r) => r.article === 'ifp-kanaani-cia');
    const mt = records.filter((r) => r.article !== 'ifp-kanaani-cia');
    const index = LinkIndex.from(mt);
    const viaIndex = ifp.flatMap((q) => linkQuote(q, index));
    const scan = ifp.flatMap((q) => mt.map((r) => linkPair(q, r)).filter((l) => l !== null));
    expect(viaIndex.length).toBeGreaterThanOrEqual(6);
    expect(keys(viaIndex)).toEqual(keys(scan));
  });

  it('stores plain records and is rebuilt from them; forgets an article', () => {
    const stored = JSON.parse(JSON.stringify(LinkIndex.from(records).records()));
    const index = LinkIndex.from(stored);
    expect(index.size).toBe(records.length);
    const q = records.find((r) => /will not ask for permission/.test(r.text))!;
    expect(linkQuote(q, index).length).toBeGreaterThan(0);
    index.removeArticle('moscowtimes-iran-permission');
    expect(linkQuote(q, index)).toEqual([]);
  });
});

describe('statement dates', () => {
  it('agree within the window, a month holding its days, an unknown date no evidence', () => {
    expect(dayGap('2022-12-16', '2022-12-18')).toBe(2);
    expect(dayGap('2022-11', '2022-11-30')).toBe(0);
    expect(datesAgree('2019-11-08', '2019-11-18')).toBe(false);
    expect(datesAgree(null, '2019-11-18')).toBe(true);
  });
});
