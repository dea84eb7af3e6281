import type { Mention } from '../names';

// "people familiar with the matter", "a second person briefed on the call", "sources close to the
// team": the source news copy gives when it may not name it. It is a source all the same (QUOTES.md:
// the group when no name is given), named by what the article says of it, without the count.

const UNNAMED_SOURCE =
  /^(?:(?:the|a|an|one|two|three|four|five|several|multiple|some|many|other|another|both)\s+)?(?:(?:second|third|fourth|senior|former|other)\s+)?((?:people|person|sources?|officials?|individuals?|insiders?)\s+(?:familiar\s+with|briefed\s+on|close\s+to|(?:with|who\s+ha(?:ve|s))\s+(?:direct\s+)?knowledge\s+of|knowledgeable\s+about|involved\s+in)\s+[^,;:]{2,60})$/i;

/** The mention of an unnamed source, or null when the phrase is not one. */
export function unnamedSource(phrase: string): Mention | null {
  const m = UNNAMED_SOURCE.exec(phrase.trim());
  if (!m) return null;
  return { text: phrase.trim(), kind: 'group', name: m[1].replace(/\s+/g, ' '), role: null };
}
