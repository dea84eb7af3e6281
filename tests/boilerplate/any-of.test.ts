import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml, readHtml } from '../../cli/load-page';
import { VOCABULARIES } from '../../utils/boilerplate/vocab';
import { anyOf } from '../../utils/boilerplate/vocab/any-of';
import { joinedByFlags } from '../../utils/boilerplate/joined';

// The classifier tests a link's target against every vocabulary's link patterns only when one
// joined pattern says it may match one: the joined pattern must never miss a target one of them
// matches.

const PAGES = path.join(__dirname, '../fixtures/boilerplate/pages');

describe('anyOf', () => {
  it('matches every link target of the fixture pages that a vocabulary link pattern matches', () => {
    const hrefs = VOCABULARIES.flatMap((v) => v.hrefs);
    const joined = anyOf(hrefs);
    expect(joined).not.toBeNull();
    const targets = fs
      .readdirSync(PAGES)
      .slice(0, 8)
      .flatMap((f) =>
        Array.from(parseHtml(readHtml(path.join(PAGES, f)), 'https://example.com/').window.document.links).map(
          (a) => a.getAttribute('href') ?? '',
        ),
      );
    targets.push(
      'https://www.facebook.com/sharer/sharer.php?u=x',
      'mailto:?subject=x',
      'https://ko-fi.com/x',
      '/DONATE/',
    );
    const matched = targets.filter((t) => hrefs.some((re) => re.test(t)));
    expect(matched.length).toBeGreaterThan(20);
    expect(matched.filter((t) => !joined!.test(t))).toEqual([]);
    // and it rules out most targets
    expect(targets.filter((t) => joined!.test(t)).length).toBeLessThan(targets.length / 2);
  });

  it('joins patterns that share their flags, and not what it cannot join exactly', () => {
    const joined = anyOf([/abc/i, /^x.y$/i]);
    expect(joined?.flags).toBe('i');
    expect(['ABC', 'x-Y'].every((t) => joined!.test(t))).toBe(true);
    // a flag can make a pattern match less: read ignoring case, /^[^a-z]+$/ would reject "ABC"
    expect(anyOf([/^[^a-z]+$/, /donate/i])).toBeNull();
    expect(anyOf([/a(?!.)/, /b/s])).toBeNull();
    expect(anyOf([/a/u, /b/])).toBeNull();
    expect(anyOf([/(a)\1/, /b/])).toBeNull();
    expect(anyOf([/(?<n>a)\k<n>/, /b/])).toBeNull();
  });

  it('joins every vocabulary widget line and link target (the gates the classifier relies on)', () => {
    const lines = VOCABULARIES.flatMap((v) => v.lines ?? []);
    expect(joinedByFlags(lines).length).toBe(new Set(lines.map((re) => re.flags)).size);
    expect(anyOf(VOCABULARIES.flatMap((v) => v.hrefs))).not.toBeNull();
  });
});
