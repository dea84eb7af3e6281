import { describe, expect, it } from 'vitest';
import { trDevAnalyser } from '../helpers/tr-dev';

// A saved page is read in the charset its <meta> names, as the browser reads it: an Austrian farming
// magazine's article in ISO-8859-1 (trafilatura-dev) read as UTF-8 had a replacement character for
// every umlaut, and no sentence with one could be found or quoted.
const analysed = trDevAnalyser();

describe('a saved page in ISO-8859-1', () => {
  it('keeps its umlauts', () => {
    const a = analysed('landwirt.com.sensortechnik');
    expect(a.main).toContain('zu einer höheren Leistung und Tiergesundheit');
    expect(a.main).not.toContain('\ufffd');
  });
});
