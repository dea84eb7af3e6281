// Every match of a global regex in a text, as String.prototype.matchAll gives them. matchAll
// copies its regex on every call, which on the short texts the quote stage reads (a sentence, a
// paragraph) cost more than the matching itself; this runs the regex as it is, from the start.

export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    out.push(m);
    if (m[0] === '') re.lastIndex = nextIndex(text, re.lastIndex, re.unicode); // as matchAll does
  }
  return out;
}

function nextIndex(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  const d = text.charCodeAt(i + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}
