import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { leadCandidates } from '../../utils/extract/lead';

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
