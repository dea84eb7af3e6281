import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml, readHtml } from '../../cli/load-page';
import { VOCABULARIES } from '../../utils/boilerplate/vocab';
import { anyOf } from '../../utils/boilerplate/vocab/any-of';

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

  it('takes the union of the flags, and does not join what it cannot join safely', () => {
    const joined = anyOf([/abc/i, /^x.y$/ms]);
    expect(joined?.flags).toBe('ims');
    expect(['ABC', 'q\nx\ny'].every((t) => joined!.test(t))).toBe(true);
    expect(anyOf([/a/u, /b/])).toBeNull();
    expect(anyOf([/(a)\1/, /b/])).toBeNull();
    expect(anyOf([/(?<n>a)\k<n>/, /b/])).toBeNull();
  });
});
