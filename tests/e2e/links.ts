// Reading the link to the words back out of a copied citation, for the Chromium and Firefox runs.

/**
 * The text directive (`text=…`) in a citation's link, or null. Its terms are percent-encoded down to
 * the parentheses, so a `)` or a space ends it (a Markdown link, the end of the sentence).
 */
export function directiveIn(citation: string): string | null {
  return /#:~:(text=[^\s"<>()]+?)\.?(?:[\s)]|$)/.exec(citation)?.[1] ?? null;
}

/** The words a directive starts its match with (after any prefix), lower-cased: matching ignores case. */
export function directiveStart(directive: string): string {
  return decodeURIComponent(directive.replace(/^text=(?:[^,]*-,)?/, '').split(',')[0]).toLowerCase();
}
