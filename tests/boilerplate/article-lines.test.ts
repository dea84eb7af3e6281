// Lines of the article that look like page furniture: a phone number written like a date, a recipe's
// baking time, the lead paragraph in a <header> that also holds a breadcrumb and a contact form.
// Real pages from trafilatura-dev; each sentence is one its gold says must stay in the main body.
import { describe, expect, it } from 'vitest';
import { trDevAnalyser } from '../helpers/tr-dev';

const analysed = trDevAnalyser();

describe('lines that are the article, not its dateline or the site header', () => {
  it('keeps a shop\'s phone number, "+81 158-23-2012", which only looks like a date (tofugu.com)', () => {
    const a = analysed('tofugu.com.dezuka-suisan');
    expect(a.main).toContain('+81 158-23-2012');
    expect(a.main).not.toContain('885 words');
  });

  it('keeps a baking time, "15 – 30 Min", which is a duration, not the time of posting (muffinrezept.net)', () => {
    const a = analysed('archive.org.muffinrezept.net.grundrezept');
    expect(a.main).toContain('15 – 30 Min');
    expect(a.main).toContain('bei 180 Grad auf mittlerer Schiene');
  });

  it('keeps the lead paragraph of an article <header> that also holds a breadcrumb and a form (topagrar.com)', () => {
    const a = analysed('topagrar.com.schnee.solat');
    expect(a.main).toContain('Eine Schneedecke auf der Photovoltaikanlage sorgt nicht nur für geringeren Stromertrag.');
    // the breadcrumb above the headline is still the site's navigation
    expect(a.main).not.toMatch(/News>\s*Energie>/);
    expect(a.blocks.find((b) => /News>\s*Energie>/.test(b.text))?.category).toBe('nav');
  });
});
