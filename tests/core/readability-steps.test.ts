import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { parseHtml, readHtml } from '../../cli/load-page';
import { cloneForReadability, parseClone } from '../../utils/extract/readability';

// The analysis runs Readability step by step (so the content script can pause inside it) and
// answers two of its questions more cheaply (is this a byline, is this <div> empty). The article it
// finds must be the one Readability alone finds on the same page: same title, byline, elements, text.

const dirs = ['seeds', 'boilerplate/pages'].map((d) => path.join(__dirname, '..', 'fixtures', d));
const pages = dirs.flatMap((d) =>
  fs
    .readdirSync(d)
    .filter((f) => /\.html(\.gz)?$/.test(f))
    .map((f) => path.join(d, f)),
);

describe("Readability's article, parsed in steps", () => {
  it.each(pages.map((p) => [path.basename(p), p]))('is the one Readability alone finds on %s', (_, file) => {
    const doc = parseHtml(readHtml(file)).window.document;
    const alone = new Readability<Node>(doc.cloneNode(true) as Document, {
      keepClasses: true,
      serializer: (el: Node) => el,
    }).parse();
    const ours = parseClone(cloneForReadability(doc));
    const shape = (el: unknown) =>
      el instanceof Object && 'getElementsByTagName' in el
        ? [...(el as Element).getElementsByTagName('*')].map((e) => e.tagName).join(' ')
        : null;
    expect(ours.title).toBe(alone?.title ?? null);
    expect(ours.byline).toBe(alone?.byline ?? null);
    expect(ours.article?.textContent ?? null).toBe((alone?.content as Element | undefined)?.textContent ?? null);
    expect(shape(ours.article)).toBe(shape(alone?.content));
  });
});
