// Captions and credits that say so in their first words, German and English: "Abbildung 4: …",
// "Titelbild: …", "Figure 2. …", or that end in a credit after a comma ("…, photo: …"). Real
// trafilatura-dev pages; each line is one the gold keeps out of the main body, beside sentences
// it wants kept.
import { describe, expect, it } from 'vitest';
import { trDevAnalyser } from '../helpers/tr-dev';

const analysed = trDevAnalyser();

describe('captions named by their first or last words', () => {
  it('drops "Abbildung: …" captions and keeps the report around them (gipfelbuch.ch)', () => {
    const a = analysed('gipfelbuch.ch-hochaufloesung');
    expect(a.main).not.toContain('Abbildung: Vergleich auf dem Aletschgletscher');
    expect(a.main).not.toContain('Abbildung: Farblich codierte Schneehöhendarstellung');
    expect(a.main).toContain('Um einen ersten Eindruck zu erhalten');
    expect(a.blocks.find((b) => b.text.startsWith('Abbildung: Vergleich'))?.label).toBe('Photo caption');
  });

  it('drops numbered figure captions, "Abbildung 4: klassische Schwachschicht." (baechli-bergsport.ch)', () => {
    const a = analysed('baechli-bergsport.ch-lawinen');
    expect(a.main).not.toContain('Abbildung 4: klassische Schwachschicht.');
    expect(a.main).not.toContain('Abbildung 8: Vorgehensweise für grosse Ereignisse');
    expect(a.main).toContain('wir bestens vorbereitet sind,');
  });

  it('drops the cover picture\'s credit, "Titelbild: …" (fluter.de)', () => {
    const a = analysed('fluter.de.vorbild');
    expect(a.main).not.toContain('Titelbild: Geyres Christophe/ABACA/picture-alliance');
    expect(a.main).toContain('Felix Stalder: Zu wissen, mit wem Corona-Patienten');
  });

  it('drops a caption that ends in its credit, "Roman Prymula, photo: …" (radio.cz)', () => {
    const a = analysed('francais.radio.cz-ministre');
    expect(a.main).not.toContain('Roman Prymula, photo:');
    expect(a.main).toContain('Andrej Babiš a également');
  });
});
