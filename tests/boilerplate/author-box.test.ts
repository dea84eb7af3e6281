// A blog theme's author box at the end of a post, in German: "Über Jane Doe …", "Zeige alle
// Beiträge von Jane Doe". Real trafilatura-dev pages; the gold keeps the box out of the main body.
import { describe, expect, it } from 'vitest';
import { trDevAnalyser } from '../helpers/tr-dev';

const analysed = trDevAnalyser();

describe("a blog theme's author box", () => {
  it('drops the box headed "Über Michael Veeser-Dombrowski" (grossefragen.wordpress.com)', () => {
    const a = analysed('grossefragen.wordpress.com.projekt');
    expect(a.main).not.toContain('Supervisor / Coach für erfolgreiches Lernen');
    expect(a.main).toContain('Dabei gelten ein paar wichtige');
    expect(a.blocks.find((b) => b.text.includes('Supervisor / Coach'))?.category).toBe('author-bio');
  });

  it('drops the motto above "Zeige alle Beiträge von Cem Basman" and keeps the short post (sprechblase.wordpress.com)', () => {
    const a = analysed('sprechblase.wordpress.com.zapfsaeulen');
    expect(a.main).not.toContain('Life is not digital');
    expect(a.main).toContain('Ich bedanke mich');
  });
});
