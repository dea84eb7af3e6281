import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { leadCandidates, leadScope } from '../../utils/extract/lead';

// The standfirst search looks at every element above the body for one of the site's words for a
// standfirst among its class, id and label names. It first looks for the word anywhere in the
// names (cheap), then among the names' tokens: a word glued into a camel-cased name still counts
// ("ArticleIntro" is "article" and "intro"), a word inside another word does not ("introspection").

const SENTENCE = 'The council voted on Tuesday to close the old bridge to cars for good, after two years of repairs.';

function candidates(attrs: string): string[] {
  const { document } = new JSDOM(
    `<body><header><h1>Bridge closes</h1><div ${attrs}>${SENTENCE}</div></header>` +
      `<main><p id="first">The first paragraph of the story.</p></main></body>`,
  ).window;
  return leadCandidates(document.getElementById('first')!, () => false).map((c) => c.text);
}

describe('the elements the standfirst search names as candidates', () => {
  it('takes a word glued into a camel-cased or upper-case name', () => {
    expect(candidates('class="ArticleIntro"')).toEqual([SENTENCE]);
    expect(candidates('data-component="StoryStandfirst"')).toEqual([SENTENCE]);
    expect(candidates('id="LEAD"')).toEqual([SENTENCE]);
  });

  it('does not take a name that only holds the word inside another word', () => {
    expect(candidates('class="introspection leader-board"')).toEqual([]);
  });
});

// The standfirst may stand at most STANDFIRST.maxDistance levels from the first paragraph, so the
// search looks only inside the ancestor at that reach (leadScope): it must keep every candidate the
// whole page gives within reach and drop only those too far to pass.
describe('the part of the page the standfirst search looks in', () => {
  const { document } = new JSDOM(
    `<body><div id="site"><p class="intro">${SENTENCE} (the site's intro, far up)</p>` +
      `<div id="outer"><div class="summary">${SENTENCE} (three levels up)</div>` +
      `<div id="story"><div class="dek">${SENTENCE} (two levels up)</div>` +
      `<div id="body"><p id="first">The first paragraph of the story.</p></div></div></div></div></body>`,
  ).window;
  const first = document.getElementById('first')!;

  it('is the highest ancestor within reach below <body>', () => {
    expect(leadScope(first, 3)?.id).toBe('outer');
    expect(leadScope(first, 2)?.id).toBe('story');
    expect(leadScope(first, 9)?.id).toBe('site');
    expect(leadScope(document.body.appendChild(document.createElement('p')), 3)).toBeNull();
  });

  it('keeps every candidate of the whole page within reach, and only those', () => {
    for (const reach of [1, 2, 3, 9]) {
      const whole = leadCandidates(first, () => false).filter((c) => c.distance <= reach);
      const scoped = leadCandidates(first, () => false, leadScope(first, reach));
      expect(scoped.map((c) => c.text)).toEqual(whole.map((c) => c.text));
    }
    expect(leadCandidates(first, () => false).length).toBe(3);
  });
});
