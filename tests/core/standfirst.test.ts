// The standfirst, the sentence or two under the headline that sums the story up, set by the site
// apart from the body's container, where Readability leaves it out. Real trafilatura-dev pages; the
// sentences are ones their gold wants in the main body, or keeps out of it.
import { describe, expect, it } from 'vitest';
import { trDevAnalyser } from '../helpers/tr-dev';

const analysed = trDevAnalyser();

describe('the standfirst Readability leaves out', () => {
  it('opens the body with the standfirst above it (gay.ch)', () => {
    const a = analysed('gay.ch-papst');
    expect(a.main).toMatch(/^Der Zickzack-Kurs der Katholischen Kirche in Bezug auf LGBTI\+ Anliegen geht weiter/);
    // once, and before the body's own first paragraph
    expect(a.main.split('Der Zickzack-Kurs').length).toBe(2);
    expect(a.main.indexOf('Der Zickzack-Kurs')).toBeLessThan(a.main.indexOf('Die vergangenen paar Wochen'));
    expect(a.main).not.toContain('Weitere Artikel zum Thema');
  });

  it("adds a German Vorspann of two sentences that quotes the story's speaker (kirche-und-leben.de)", () => {
    const a = analysed('kirche-und-leben.de-Münster');
    expect(a.main).toMatch(
      /^Die Impfpflicht für die Pflege sei ein falscher Ansatz zur Bekämpfung der Corona-Pandemie\. Das sagt Münsters Diözesancaritasdirektor Heinz-Josef Kessmann\./,
    );
  });

  it("leaves out the author box's short description above the body (cicero.de)", () => {
    const a = analysed('cicero.de.pandemie');
    expect(a.main).not.toContain('Moritz Gathmann leitet das Ressort');
    expect(a.main).toContain('Wurde eine unnötige Einweisung ins Krankenhaus verhindert?');
  });

  it('leaves out a summary that ends in its credit line rather than a sentence (viconsortium.com)', () => {
    const a = analysed('viconsortium.com-cocaine');
    expect(a.main).not.toContain('AMO found Sunday 475 pounds of cocaine');
    expect(a.main).not.toContain('By U.S. CUSTOMS AND BORDER PROTECTION');
    expect(a.main).toMatch(/^U\.S\. Customs and Border Protection \(CBP\) Air and Marine Operations/);
  });
});
