import fs from 'node:fs';

// --resume FILE: the output file of an interrupted run. Every id it holds is done (an error line
// too: a page that failed once fails again, and rerunning it is the user's call, by deleting the
// line). A run killed mid-write leaves a last line without its newline: that line is cut off and
// its page analysed again. A file that is not Verbatim's JSON Lines is refused, never appended to.

export class NotOurJsonLines extends Error {}

export interface ResumeState {
  done: Set<string>;
  /** bytes of whole lines: the file is cut to this length before the run appends */
  keep: number;
}

/** A line the CLI writes: an analysed page or a page's error line, each with its id. */
function isOurLine(o: unknown): o is { id: string } {
  if (!o || typeof o !== 'object') return false;
  const r = o as Record<string, unknown>;
  return typeof r.id === 'string' && typeof r.file === 'string' && ('isArticle' in r || 'error' in r);
}

/** Every line the CLI writes starts so; a cut-off last line is ours only if it starts so too. */
const LINE_START = '{"id":';

export function readResume(file: string): ResumeState {
  if (!fs.existsSync(file)) return { done: new Set(), keep: 0 };
  const done = new Set<string>();
  const refuse = (lineNo: number) =>
    new NotOurJsonLines(`${file}: line ${lineNo} is not a page analyze --format jsonl writes; not resuming from it`);
  let keep = 0;
  let lineNo = 0;
  // read in chunks, not whole: the output of a large crawl can pass the longest string V8 makes
  let tail = Buffer.alloc(0);
  for (const chunk of chunks(file)) {
    const buf = Buffer.concat([tail, chunk]);
    let start = 0;
    for (let nl = buf.indexOf(10); nl >= 0; nl = buf.indexOf(10, start)) {
      lineNo++;
      const line = buf.subarray(start, nl).toString('utf8');
      start = nl + 1;
      if (!line) continue;
      const o = parse(line);
      if (!isOurLine(o)) throw refuse(lineNo);
      done.add(o.id);
    }
    keep += start;
    tail = buf.subarray(start);
  }
  const cut = tail.subarray(0, LINE_START.length).toString('utf8');
  if (tail.length && !LINE_START.startsWith(cut) && !cut.startsWith(LINE_START)) throw refuse(lineNo + 1);
  return { done, keep };
}

function parse(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return null;
  }
}

function* chunks(file: string): Generator<Buffer> {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(1 << 20);
    for (let n; (n = fs.readSync(fd, buf)) > 0;) yield Buffer.from(buf.subarray(0, n));
  } finally {
    fs.closeSync(fd);
  }
}
