import { describe, expect, it } from 'vitest';
import { analyze, fixture, pages } from './cli';

// Worker threads change how fast a batch runs, never what it writes or in which order.

describe('analyze --jobs', () => {
  const inputs = [fixture('seeds'), fixture('pages'), fixture('warc', 'pages.warc.gz')];

  it('writes the same JSON Lines, in input order, with one worker and with two', () => {
    const one = analyze('--format', 'jsonl', '--jobs', '1', ...inputs);
    const two = analyze('--format', 'jsonl', '--jobs', '2', ...inputs);
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    expect(pages(two.stdout)).toEqual(pages(one.stdout));
    expect(pages(one.stdout).map((p) => p.id)).toEqual([
      'ifp-kanaani-cia',
      'moscowtimes-iran-permission',
      'not-article',
      'xss-article',
      'https://ifpnews.com/iran-says-cia-chief-claims-regarding-tehran-moscow-ties-baseless-propaganda-campaign/',
      'https://ifpnews.com/iran-says-cia-chief-claims-regarding-tehran-moscow-ties-baseless-propaganda-campaign/?as=windows-1252',
      'https://ifpnews.com/iran-says-cia-chief-claims-regarding-tehran-moscow-ties-baseless-propaganda-campaign/?as=meta-windows-1252',
      'https://www.themoscowtimes.com/2022/12/18/iran-says-doesnt-need-permission-to-expand-russia-ties-a79737',
    ]);
  });

  it('writes what the one-process CLI writes, text report included', () => {
    const inProcess = analyze('--jobs', '0', fixture('seeds'));
    const pooled = analyze('--jobs', '2', fixture('seeds'));
    expect(pooled.stdout).toBe(inProcess.stdout);
    expect(pooled.stdout).toMatch(/^== ifp-kanaani-cia\n[\s\S]*\n== moscowtimes-iran-permission\n/);
  });

  it('refuses a --jobs that is not a whole number', () => {
    const r = analyze('--jobs', 'many', fixture('seeds'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--jobs takes a whole number/);
  });
});
