import { beforeAll, describe, expect, it } from 'vitest';
import { linkArticles, type BatchLinks } from '../../utils/linking/batch';
import { compareSpeakers } from '../../utils/linking/speakers';
import { linksBetween, linksOf, seedArticle } from '../helpers/linking';

// Acceptance, on the two seed pages as the analysis reads them: Iran Front Page paraphrases what
// The Moscow Times quotes, and spells the names differently ("Kanaani", "Willian Burnsm").

let batch: BatchLinks;
beforeAll(() => {
  batch = linkArticles([seedArticle('ifp-kanaani-cia'), seedArticle('moscowtimes-iran-permission')]);
});

describe('the seed pair', () => {
  it.each([
    ['permission', /will not ask for permission from anyone/, /^acts independently .* does not seek permission/],
    ['permission (mixed)', /will not ask for permission from anyone/, /^seek permission from anyone$/],
    ['acting independently', /^Iran acts independently when it forges/, /^acts independently in regulating/],
    ['national interests', /^Iran acts independently when it forges/, /^national interests$/],
    ['not against any third country', /poses no threat to any third party/, /is not against any third country/],
    ['the propaganda campaign', /part of the US propaganda campaign/, /^U\.S\. propaganda war against Iran/],
  ])('links IFP to The Moscow Times: %s, as a paraphrase', (_, ifp, mt) => {
    const links = linksBetween(batch, ifp, mt);
    expect(links).toHaveLength(1);
    expect(links[0].relation).toBe('paraphrase');
    expect(links[0].score).toBeGreaterThanOrEqual(0.5);
  });

  it('links nothing to Kirby\'s "harmful" or to "the campaign pursues different goals …"', () => {
    expect(linksOf(batch, /^harmful$/)).toEqual([]);
    expect(linksOf(batch, /^the campaign pursues different goals/)).toEqual([]);
  });

  it('makes each statement one cluster, earliest first, under the full name', () => {
    const permission = batch.clusters.find((c) => c.members.some((m) => /ask for permission/.test(m.record.text)))!;
    expect(permission.speaker).toMatch(/^Nasser Kana+ni$/);
    expect(permission.date).toBe('2022-12-18');
    // IFP published at 12:47 UTC, The Moscow Times at 15:04 Moscow time (12:04 UTC) the same day
    expect(permission.members[0]).toMatchObject({ relation: 'first', score: null });
    expect(permission.members[0].record.article).toBe('moscowtimes-iran-permission');
    const cooperation = batch.clusters.find((c) => c.members.some((m) => /third country/.test(m.record.text)))!;
    expect(cooperation).not.toBe(permission);
  });

  it('holds Burns to be the same person in both, and Kanaani too', () => {
    const speakers = batch.records.map((r) => r.speaker);
    const burns = speakers.filter((s) => /Burns/.test(s.name ?? ''));
    expect(burns.map((s) => s.name).sort()).toEqual(['William Burns', 'Willian Burnsm']);
    expect(compareSpeakers(burns[0], burns[1])).toBe('same');
    const kanaani = speakers.find((s) => s.name === 'Nasser Kanaani')!;
    const kanani = speakers.find((s) => s.name === 'Nasser Kanani')!;
    expect(compareSpeakers(kanaani, kanani)).toBe('same');
  });
});
