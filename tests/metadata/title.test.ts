import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractMetadata } from '../../utils/metadata/metadata';

// The title goes into every citation beside the site's name, so a headline the site signed with
// its own name ("… | National Review") would name the site twice.

const page = (head: string, url = 'https://www.nationalreview.com/2019/11/the-impeachment-clock/') =>
  extractMetadata(
    new JSDOM(`<html><head>${head}</head><body><article><p>Text.</p></article></body></html>`, { url }).window.document,
    url,
  );

describe('article title', () => {
  it("drops the site's name from a headline the site signed with it", () => {
    expect(
      page(
        '<meta property="og:site_name" content="National Review"><meta property="og:title" content="The Impeachment Clock | National Review">',
      ).title,
    ).toBe('The Impeachment Clock');
    // the name known only from the address
    expect(page('<meta property="og:title" content="The Impeachment Clock - National Review">').title).toBe(
      'The Impeachment Clock',
    );
  });

  it('keeps a headline whose last part is its own words', () => {
    expect(
      page(
        '<meta property="og:site_name" content="National Review"><meta property="og:title" content="Trump vs. Pelosi - Round Two">',
      ).title,
    ).toBe('Trump vs. Pelosi - Round Two');
    expect(
      page(
        '<meta property="og:site_name" content="Review"><meta property="og:title" content="Books | The Year in Review">',
      ).title,
    ).toBe('Books | The Year in Review');
  });

  it("takes the site off a <title> at its last separator and keeps the headline's own", () => {
    // no og:title, no JSON-LD headline, no <h1>: the <title> is all there is
    expect(
      page(
        '<meta property="og:site_name" content="Example News"><title>Iran: Talks resume | Week 2 | Example News</title>',
        'https://news.example/talks',
      ).title,
    ).toBe('Iran: Talks resume | Week 2');
    expect(page('<title>Talks resume – day two – Example News</title>', 'https://news.example/talks').title).toBe(
      'Talks resume – day two',
    );
  });
});
