/** `s` as a regex that matches exactly it (names and nouns from the article go into patterns). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
