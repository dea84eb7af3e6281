import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';

// The analyze command as a user runs it: reports per page, JSON Lines for the scorer, a clear
// error naming an unreadable file (and a non-zero exit only then), "no article" for other pages.

const root = path.resolve(__dirname, '..', '..');
const seeds = path.join(root, 'tests', 'fixtures', 'seeds');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

function analyze(...args: string[]) {
  const r = spawnSync(tsx, [path.join(root, 'cli', 'analyze.ts'), ...args], { encoding: 'utf8', cwd: root });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run analyze', () => {
  it('stops quietly when its reader goes away (piped into head)', () => {
    const err = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-cli-')), 'stderr.txt');
    const r = spawnSync(
      'sh',
      ['-c', `"${tsx}" "${path.join(root, 'cli', 'analyze.ts')}" "${seeds}" 2>"${err}" | head -n 1`],
      { encoding: 'utf8', cwd: root },
    );
    expect(r.stdout).toMatch(/^== /);
    expect(fs.readFileSync(err, 'utf8')).not.toMatch(/EPIPE|Error/);
  });

  it('prints a readable report with title, site, date, blocks and citation lines', () => {
    const r = analyze(path.join(seeds, 'moscowtimes-iran-permission.html'));
    expect(r.code).toBe(0);
    expect(r.out).toContain("title:     Iran Says Doesn't Need 'Permission' to Expand Russia Ties");
    expect(r.out).toContain('site:      The Moscow Times');
    expect(r.out).toMatch(/\[Donation appeal\] \(inside body\) A Message from The Moscow Times/);
    expect(r.out).toContain('“poses real threats” — William Burns, CIA chief (2022-12-16)');
  });

  it('writes one JSON object per page with the fields the scorer reads, logs kept off stdout', () => {
    const r = analyze('--format', 'jsonl', seeds);
    expect(r.code).toBe(0);
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id).sort()).toEqual(['ifp-kanaani-cia', 'moscowtimes-iran-permission']);
    for (const l of lines) {
      expect(typeof l.main.text).toBe('string');
      expect(
        l.blocks.every(
          (b: Record<string, unknown>) =>
            typeof b.category === 'string' && typeof b.text === 'string' && !('element' in b),
        ),
      ).toBe(true);
      expect(l.quotes[0]).toMatchObject({
        text: expect.any(String),
        kind: expect.any(String),
        speaker: { name: expect.any(String) },
        date: expect.any(String),
      });
      expect(l.metadata).toHaveProperty('published');
    }
  });

  it('reads gzipped pages and folders', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-cli-'));
    fs.writeFileSync(
      path.join(dir, 'page.html.gz'),
      zlib.gzipSync(fs.readFileSync(path.join(seeds, 'ifp-kanaani-cia.html'))),
    );
    const r = analyze('--format', 'jsonl', dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).id).toBe('page');
  });

  it('names an unreadable file, goes on with the rest, and exits non-zero', () => {
    const r = analyze('--format', 'jsonl', '/nonexistent/missing.html', path.join(seeds, 'ifp-kanaani-cia.html'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('cannot read /nonexistent/missing.html');
    expect(JSON.parse(r.out.trim()).id).toBe('ifp-kanaani-cia');
  });

  it('says when a page has no article, and exits zero', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-cli-'));
    const login = path.join(dir, 'login.html');
    fs.writeFileSync(
      login,
      '<html><head><title>Sign in</title></head><body><form><input name=user><input type=password><button>Sign in</button></form></body></html>',
    );
    const r = analyze(login);
    expect(r.code).toBe(0);
    expect(r.out).toContain('no article here');
  });

  it('analyses long runs in batches and keeps every page, in order', () => {
    // more pages than one batch (25), so the run goes through child processes
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-cli-'));
    const page = '<html><head><title>T</title></head><body><p>Short page.</p></body></html>';
    const names = Array.from({ length: 27 }, (_, i) => `p${String(i).padStart(2, '0')}.html`);
    for (const n of names) fs.writeFileSync(path.join(dir, n), page);
    const r = analyze('--format', 'jsonl', dir);
    expect(r.code).toBe(0);
    expect(
      r.out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).id),
    ).toEqual(names.map((n) => n.replace('.html', '')));
  }, 60_000);

  it('survives a page that is not HTML at all', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-cli-'));
    const bin = path.join(dir, 'binary.html');
    fs.writeFileSync(bin, Buffer.from([0, 1, 2, 255, 254, 0, 60, 62]));
    const r = analyze('--format', 'jsonl', bin);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).isArticle).toBe(false);
  });
});
