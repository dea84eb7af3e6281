import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotOurJsonLines, readResume } from '../../cli/batch/resume';
import { analyze, fixture, pages } from './cli';

// An interrupted run over a crawl goes on where it stopped, and never appends to a file it did not
// write.

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-resume-'));
const IFP = 'ifp-kanaani-cia';
const earlierError = JSON.stringify({ id: IFP, file: 'tests/fixtures/seeds/ifp-kanaani-cia.html', error: 'earlier' });

describe('analyze --resume', () => {
  it('skips the ids the file holds (error lines too) and redoes a page whose line was cut off', () => {
    const out = path.join(tmp(), 'out.jsonl');
    const full = analyze('--format', 'jsonl', fixture('seeds'));
    const moscow = full.stdout.split('\n')[1];
    // killed while writing the second page's line
    fs.writeFileSync(out, `${earlierError}\n${moscow.slice(0, 200)}`);
    const r = analyze('--format', 'jsonl', '--jobs', '2', '--resume', out, fixture('seeds'));
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    const lines = fs.readFileSync(out, 'utf8').split('\n');
    expect(lines[0]).toBe(earlierError);
    expect(pages(lines.slice(1).join('\n'))).toEqual(pages(moscow));
    expect(lines).toHaveLength(3); // two lines and the final newline
  });

  it('starts the file when it does not exist, and adds nothing when every page is in it', () => {
    const out = path.join(tmp(), 'new.jsonl');
    expect(analyze('--format', 'jsonl', '--resume', out, fixture('pages')).status).toBe(0);
    const first = fs.readFileSync(out, 'utf8');
    expect(pages(first).map((p) => p.id)).toEqual(['not-article', 'xss-article']);
    expect(analyze('--format', 'jsonl', '--resume', out, fixture('pages')).status).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toBe(first);
  });

  it('refuses a file that is not Verbatim JSON Lines, and leaves it as it was', () => {
    const out = path.join(tmp(), 'notes.jsonl');
    const notes = '{"title":"my reading list"}\n{"title":"second"}\n';
    fs.writeFileSync(out, notes);
    const r = analyze('--format', 'jsonl', '--resume', out, fixture('pages'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/notes\.jsonl: line 1 is not a page analyze --format jsonl writes/);
    expect(fs.readFileSync(out, 'utf8')).toBe(notes);
  });

  it('needs JSON Lines output', () => {
    const r = analyze('--resume', path.join(tmp(), 'out.txt'), fixture('pages'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--resume needs --format jsonl/);
  });
});

describe('readResume', () => {
  it('keeps whole lines only, and takes a cut-off line for ours only when it starts as ours does', () => {
    const dir = tmp();
    const ours = path.join(dir, 'ours.jsonl');
    fs.writeFileSync(ours, `${earlierError}\n{"id":"half`);
    expect(readResume(ours)).toEqual({ done: new Set([IFP]), keep: Buffer.byteLength(earlierError) + 1 });
    const prose = path.join(dir, 'prose.txt');
    fs.writeFileSync(prose, 'a note without a newline');
    expect(() => readResume(prose)).toThrow(NotOurJsonLines);
  });
});
