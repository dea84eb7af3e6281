import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { linkArticles, type BatchLinks } from '../../utils/linking/batch';
import { compareSpeakers } from '../../utils/linking/speakers';
import type { LinkArticleInput } from '../../utils/linking/record';
import { linksBetween, savedArticle } from '../helpers/linking';

// Acceptance on real pages: the Scrapinghub corpus's stories that several outlets covered, beside
// pages of other stories with the same people in them (Trump in four stories, NASA's
// administrator in two, Scott and Tim Morrison). Links must stay within a story.

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'linking');
const { stories } = JSON.parse(fs.readFileSync(path.join(dir, 'stories.json'), 'utf8')) as {
  stories: Record<string, string>;
};

let batch: BatchLinks;
const storyOf = (key: string) => stories[key.slice(0, key.indexOf('#'))];

beforeAll(() => {
  const articles = Object.keys(stories)
    .sort()
    .map((id) => savedArticle(path.join(dir, `${id}.html.gz`)))
    .filter((a): a is LinkArticleInput => a !== null);
  batch = linkArticles(articles);
}, 180_000);

describe('linking the corpus stories', () => {
  it('links quotes only within a story', () => {
    const across = batch.links.filter((l) => storyOf(l.from) !== storyOf(l.to));
    expect(across).toEqual([]);
  });

  it('finds links in the stories several outlets quoted', () => {
    const linked = new Set(batch.links.map((l) => storyOf(l.from)));
    for (const story of ['duvet-lung', 'meth-campaign', 'europa-water', 'fort-worth-rescue', 'wework', 'omar-threat'])
      expect(linked, story).toContain(story);
  });

  it('links the same words across outlets however punctuated, trimmed or credited', () => {
    // the kidnapped girl's rescuers: "officers" in one outlet, no one named in the other
    expect(linksBetween(batch, /^We got her, we got her!$/, /^We got her\. We got her\.$/)).toMatchObject([
      { relation: 'verbatim', score: 1 },
    ]);
    // Paganini on Europa: ScienceAlert and Space.com quote him whole, Hawaii News Now three words
    expect(linksBetween(batch, /^next best thing$/, /^While scientists have not yet detected/)).toHaveLength(2);
    // the duvet patient: "the man", "the patient" and Martin Taylor, in three outlets
    const affect = batch.clusters.find((c) =>
      c.members.some((m) => /doesn.t affect me at all now/.test(m.record.text)),
    );
    expect(new Set(affect?.members.map((m) => m.record.article)).size).toBe(3);
  });

  it('links reported speech to the quote it reports, for the same speaker', () => {
    // Gizmodo quotes Dr. Dempsey; Live Science reports it, naming him "Dempsey"
    expect(linksBetween(batch, /^Hold onto your feather bedding/, /^But if they have chest symptoms/)).toMatchObject([
      { relation: 'paraphrase' },
    ]);
  });

  it('never puts two people who share a surname in one cluster', () => {
    for (const c of batch.clusters) {
      const speakers = c.members.map((m) => m.record.speaker);
      for (const a of speakers) for (const b of speakers) expect(compareSpeakers(a, b)).not.toBe('different');
    }
    const morrisons = batch.records.filter((r) => /Morrison$/.test(r.speaker.name ?? ''));
    expect(new Set(morrisons.map((r) => r.speaker.name))).toEqual(
      new Set(['Scott Morrison', 'Tim Morrison', 'Timothy Morrison']),
    );
  });
});
