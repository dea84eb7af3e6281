import { diffArrays } from 'diff';
import { ELLIPSIS, isContentWord, spannedWords, type SpannedWords } from './words';
import { LINK_DEFAULTS } from './tunables';

// Two outlets' direct quotes of the same words: the same words (verbatim), fewer of them with
// nothing changed in what is kept (trimmed: words left off an end, or left out where an ellipsis
// says so), or words changed, added or dropped without a mark (altered). A word-level diff of the
// normalised words, mapped back onto each side's own text, is what the reader sees marked.

export type DirectRelation = 'verbatim' | 'trimmed' | 'altered';

/** One piece of the word diff: text of this side, of the other, or of both. */
export interface DiffPart {
  /** `same`: in both; `removed`: only in the first quote; `added`: only in the second. */
  op: 'same' | 'removed' | 'added';
  /** The words as the quote writes them (from its first word's start to its last word's end). */
  text: string;
}

export interface DirectComparison {
  relation: DirectRelation;
  /** Content words the two share, in order. */
  sharedContent: number;
  /** `sharedContent` over the content words of the quote with fewer (all words when it has none). */
  coverage: number;
  /** The longest run of words the two share. */
  run: number;
  /** Content words in that run. */
  runContent: number;
  /** Words in the shorter quote (omission marks not counted). */
  shorter: number;
  diff: DiffPart[];
}

interface Gap {
  removed: string[];
  added: string[];
  edge: boolean;
}

/** Compares two direct quotes word by word; null when they share no word. */
export function compareDirect(a: string, b: string): DirectComparison | null {
  const x = spannedWords(a);
  const y = spannedWords(b);
  const changes = diffArrays(x.words, y.words, { maxEditLength: LINK_DEFAULTS.maxDiffEdits });
  if (!changes) return null;
  const diff: DiffPart[] = [];
  const gaps: Gap[] = [];
  let gap: Gap = { removed: [], added: [], edge: true };
  let i = 0,
    j = 0,
    run = 0,
    runContent = 0,
    sharedContent = 0;
  for (const c of changes) {
    const n = c.count ?? c.value.length;
    if (c.added) {
      gap.added.push(...c.value);
      diff.push({ op: 'added', text: slice(b, y, j, j + n) });
      j += n;
    } else if (c.removed) {
      gap.removed.push(...c.value);
      diff.push({ op: 'removed', text: slice(a, x, i, i + n) });
      i += n;
    } else {
      if (gap.removed.length || gap.added.length) gaps.push(gap);
      gap = { removed: [], added: [], edge: false };
      diff.push({ op: 'same', text: slice(a, x, i, i + n) });
      const words = c.value.filter((w) => w !== ELLIPSIS);
      const content = words.filter(isContentWord).length;
      if (words.length > run) [run, runContent] = [words.length, content];
      sharedContent += content;
      i += n;
      j += n;
    }
  }
  if (!run) return null;
  if (gap.removed.length || gap.added.length) gaps.push({ ...gap, edge: true });
  const contentOf = (ws: string[]) => ws.filter(isContentWord).length;
  const wordsOf = (ws: string[]) => ws.filter((w) => w !== ELLIPSIS).length;
  const shorterWords = x.words.length <= y.words.length ? x.words : y.words;
  const fewest = Math.min(contentOf(x.words), contentOf(y.words));
  const sharedWords = changes.filter((c) => !c.added && !c.removed).reduce((s, c) => s + wordsOf(c.value), 0);
  return {
    relation: gaps.length && (contains(x.words, y.words) || contains(y.words, x.words)) ? 'trimmed' : relationOf(gaps),
    sharedContent,
    coverage: fewest ? Math.min(1, sharedContent / fewest) : sharedWords / Math.max(1, wordsOf(shorterWords)),
    run,
    runContent,
    shorter: Math.min(wordsOf(x.words), wordsOf(y.words)),
    diff,
  };
}

/**
 * Verbatim when nothing differs; trimmed when every difference is words one side has and the
 * other leaves off an end or marks with an ellipsis; altered otherwise.
 */
function relationOf(gaps: Gap[]): DirectRelation {
  if (!gaps.length) return 'verbatim';
  const omitted = (g: Gap) =>
    (g.removed.length === 1 && g.removed[0] === ELLIPSIS) || (g.added.length === 1 && g.added[0] === ELLIPSIS);
  const trimmed = gaps.every((g) => (g.edge && (!g.removed.length || !g.added.length)) || omitted(g));
  return trimmed ? 'trimmed' : 'altered';
}

/**
 * Whether every piece of `part` between its omission marks stands, whole and in order, in `whole`:
 * a diff may align the words around an ellipsis with the wrong "and", this does not.
 */
function contains(whole: string[], part: string[]): boolean {
  let from = 0;
  let segment: string[] = [];
  for (const w of [...part, ELLIPSIS]) {
    if (w !== ELLIPSIS) {
      segment.push(w);
      continue;
    }
    const at = indexOfRun(whole, segment, from);
    if (at < 0) return false;
    from = at + segment.length;
    segment = [];
  }
  return true;
}

function indexOfRun(hay: string[], run: string[], from: number): number {
  outer: for (let i = from; i + run.length <= hay.length; i++) {
    for (let k = 0; k < run.length; k++) if (hay[i + k] !== run[k]) continue outer;
    return i;
  }
  return -1;
}

function slice(text: string, w: SpannedWords, from: number, to: number): string {
  return text.slice(w.spans[from][0], w.spans[to - 1][1]);
}
