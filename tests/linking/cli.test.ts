import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// analyze --link as a researcher runs it on a batch of saved pages.

const root = path.resolve(__dirname, '..', '..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

describe('npm run analyze -- --link', () => {
  it('writes one cluster of the same statement per line, with the page ids the CLI uses', () => {
    const r = spawnSync(
      tsx,
      [path.join(root, 'cli', 'analyze.ts'), '--link', path.join(root, 'tests', 'fixtures', 'seeds')],
      {
        encoding: 'utf8',
        cwd: root,
      },
    );
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/analyze --link: 2 pages, \d+ quotes, \d+ links, 3 clusters/);
    const clusters = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(clusters).toHaveLength(3);
    for (const c of clusters) {
      expect(c).toMatchObject({ speaker: expect.stringMatching(/^Nasser Kana+ni$/), date: '2022-12-18' });
      expect(c.members.length).toBeGreaterThanOrEqual(2);
      for (const m of c.members) {
        expect(['ifp-kanaani-cia', 'moscowtimes-iran-permission']).toContain(m.id);
        expect(m).toMatchObject({ text: expect.any(String), kind: expect.stringMatching(/^(direct|indirect|mixed)$/) });
        expect(['first', 'verbatim', 'trimmed', 'altered', 'paraphrase']).toContain(m.relation);
      }
      expect(c.members[0]).toMatchObject({ relation: 'first', score: null });
      expect(c.members.slice(1).every((m: { score: number }) => m.score > 0 && m.score <= 1)).toBe(true);
    }
  });
});
