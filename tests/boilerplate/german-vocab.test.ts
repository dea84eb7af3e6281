// German widget headings the vocabularies missed: "Ähnliche Beiträge", "Empfohlene Beiträge",
// "Weiterführende Links", "Zum Weiterlesen", "Mehr Themen", and the Akismet notice under a comment
// form. Real pages from trafilatura-dev: the heading's block leaves the body, the article stays.
import { describe, expect, it } from 'vitest';
import { expectLineFlagged, trDevAnalyser } from '../helpers/tr-dev';

const analysed = trDevAnalyser();

describe('German widget headings', () => {
  it.each([
    ['moritz-meyer.net.vreni', 'Ähnliche Beiträge', 'related', 'Instagramshops machen es Abmahnanwälten leicht'],
    ['moritz-meyer.net.vreni', 'Diese Website verwendet Akismet', 'comments', 'Das ist alles nicht gekennzeichnet'],
    ['digitale-exzellenz.de.gesundheitswesen', 'Empfohlene Beiträge', 'related', 'salopp gesagt, verbesserungswürdig'],
    ['dtb.de-kulturwandel', 'Weiterführende Links', 'related', 'Präventions- und Interventionskonzept zum Schutz'],
    ['wirtschaftspsychologie-aktuell.de.starken', 'Zum Weiterlesen', 'related', 'Rund zwei Millionen Stellen'],
    ['emotion.de.selfcare', 'Mehr Themen', 'related', 'Jeden Morgen eine stundenlange Beauty-Routine'],
  ])('%s: "%s" is a %s block, and the article stays', (name, heading, category, sentence) => {
    expectLineFlagged(analysed(name), heading, category, sentence);
  });
});

describe('a German skip link', () => {
  it('"Springe zum Inhalt" is navigation, not the show notes\' first paragraph', () => {
    const a = analysed('1337kultur.de.picard');
    expect(a.main).not.toContain('Springe zum Inhalt');
    expect(a.blocks.find((b) => b.text === 'Springe zum Inhalt')?.category).toBe('nav');
    expect(a.main).toContain('Thema dieser Folge ist die neue Star Trek-Serie Picard.');
  });
});
