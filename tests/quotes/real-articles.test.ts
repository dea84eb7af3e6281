import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/load-page';
import { analyzeArticle } from '../helpers/article';

// Two real articles from the quotes dev set, with their gold: a hockey game story (pronouns,
// '“A,” X said. “B.”', a lead that dates every quote to the game night) and a film feature
// (men and women quoted in turn, colon-led quotes). Thresholds, not exact lists, so that better
// extraction elsewhere does not break them; they catch a regression in the quote engine.

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'quotes');
const norm = (s: string) => s.normalize('NFKC').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').toLowerCase();
const words = (s: string) => norm(s).match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? [];
const bigrams = (ws: string[]) => (ws.length > 1 ? ws.slice(1).map((w, i) => `${ws[i]} ${w}`) : ws);
function coverage(gold: string, pred: string): number {
  const g = bigrams(words(gold));
  const bag = new Set(bigrams(words(pred)));
  return g.length ? g.filter((b) => bag.has(b)).length / g.length : 0;
}
const surname = (s: string | null) => (s ? words(s).at(-1) : undefined);

describe.each([
  ['264dc3ae31249cb1f50c50986e0952a4708c2e705d18a2d8bf0e525da6e2b485', 'hockey game story'],
  ['3d8f3404cf975af824d7866b7679bc45189c3eea6adb32f0a125a0904b1abbb2', 'film feature'],
])('real article %s (%s)', (id) => {
  const gold = JSON.parse(fs.readFileSync(path.join(dir, `${id}.gold.json`), 'utf8'));
  const html = zlib.gunzipSync(fs.readFileSync(path.join(dir, `${id}.html.gz`))).toString('utf8');
  const dom = parseHtml(html, gold.url);
  const a = analyzeArticle(dom.window.document, gold.url);
  const required = gold.quotes.filter((q: { required?: boolean }) => q.required !== false);
  const matches = required.map((g: { text: string }) => a.quotes.find((q) => coverage(g.text, q.text) > 0.3));

  it('finds at least 85% of the gold quotes', () => {
    expect(matches.filter(Boolean).length / required.length).toBeGreaterThanOrEqual(0.85);
  });

  it('names the right speaker for at least 85% of those found', () => {
    const found = required
      .map((g: { speaker: string }, i: number) => [g, matches[i]] as const)
      .filter(([, m]: readonly [unknown, unknown]) => m);
    const right = found.filter(
      ([g, m]: readonly [{ speaker: string }, { speaker: { name: string | null } }]) =>
        surname(m.speaker.name) === surname(g.speaker),
    );
    expect(right.length / found.length).toBeGreaterThanOrEqual(0.85);
  });

  it('dates every quote found as the gold does', () => {
    required.forEach((g: { date: string | null }, i: number) => {
      if (matches[i] && g.date) expect(matches[i]!.date?.iso.slice(0, g.date.length)).toBe(g.date);
    });
  });
});
