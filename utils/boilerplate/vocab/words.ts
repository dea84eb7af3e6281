// JavaScript's \b only knows ASCII letters: /\bпо теме\b/ never matches and /\bpublié\b/ fails at
// the é. Every vocabulary pattern goes through `unicodeWords`, which rewrites \b as a boundary
// between Unicode letters or digits and anything else, so one list works in every script.

const W = '[\\p{L}\\p{N}_]';
const BOUNDARY = `(?:(?<=${W})(?!${W})|(?<!${W})(?=${W}))`;

export function unicodeWords(re: RegExp): RegExp {
  if (!re.source.includes('\\b')) return re;
  // \b inside a character class means backspace; vocabulary patterns never use it there
  const source = re.source.replace(/\\b/g, BOUNDARY);
  try {
    return new RegExp(source, re.flags.includes('u') ? re.flags : re.flags + 'u');
  } catch {
    return re; // a pattern that is not valid in Unicode mode keeps its ASCII boundaries
  }
}

export const unicodeAll = (list: RegExp[]): RegExp[] => list.map(unicodeWords);
