// The line a blog theme closes a post with, saying when it was posted and where it was filed, in
// English and German. Real trafilatura-dev pages; the gold keeps each such line out of the main
// body, and keeps the post's own dates in.
import { describe, expect, it } from 'vitest';
import { trDevAnalyser } from '../helpers/tr-dev';

const analysed = trDevAnalyser();

describe("a post's filing line", () => {
  it('drops "This entry was posted in … Bookmark the permalink." (sprechwaisen.com)', () => {
    const a = analysed('sprechwaisen.com.sw082');
    expect(a.main).not.toContain('This entry was posted');
    expect(a.main).toContain('Ingo hat ja gesagt');
  });

  it('drops "Der Beitrag wurde am … veröffentlicht und wurde unter … abgelegt" and keeps the date of the event (whiskyverkostung.com)', () => {
    const a = analysed('whiskyverkostung.com.halle');
    expect(a.main).not.toContain('Der Beitrag wurde am Mittwoch');
    expect(a.main).toContain('Termin: 29.02.2020, 19 Uhr');
    expect(a.blocks.find((b) => b.text.startsWith('Der Beitrag wurde am'))?.category).toBe('other');
  });

  it('drops "Erstellt am … und abgelegt unter …" (disfunctions.de)', () => {
    const a = analysed('disfunctions.de.podcasts');
    expect(a.main).not.toContain('Erstellt am Dienstag 6. Mai 2014');
    expect(a.main).toContain('Ich benutze jetzt seit längerem');
  });
});
