// A widget's own line left alone in the body, told by its words in German as well as English,
// Spanish and Polish: a rail's label ("Meistgelesene Artikel", "meist-diskutiert"), a link label
// ("Weiterführender Link"), the comment form's notices ("Keine Kommentare", "Du musst eingeloggt
// sein …"), a sharing prompt, an embed's consent placeholder ("Externer Inhalt", "Klicken Sie auf
// den unteren Button …"). Real pages from trafilatura-dev: the line leaves the body as its kind,
// the article's sentences stay.
import { describe, expect, it } from 'vitest';
import { expectLineFlagged, trDevAnalyser } from '../helpers/tr-dev';

const analysed = trDevAnalyser();

describe('a widget line inside the body', () => {
  it.each([
    ['topagrar.com.schnee.solat', 'Meistgelesene Artikel', 'related', 'Eine Schneedecke auf der'],
    ['kath.net-Menschensohn', 'meist-diskutiert', 'related', 'Die scheinbare Verherrlichung'],
    ['speicherguide.de.schwierige', 'Weiterführender Link', 'related', 'Konflikte mag keiner.'],
    ['petri-heil-ch-hechte', 'Keine Kommentare', 'comments', 'kräftezehrend hochgedrillt werden'],
    [
      'kochbar.de.schneiden',
      'kommentieren zu können, müssen Sie eingeloggt sein',
      'comments',
      'Ihr kennt es sicher auch!',
    ],
    [
      'archive.org.dzs-clan.de',
      'Du musst Eingeloggt sein um Kommentare zu schreiben',
      'comments',
      'In dieser News möchten wir euch',
    ],
    [
      'interscenar.io.hoeren',
      'Den Artikel mit anderen teilen/diskutieren:',
      'share',
      'Viele ahnen es eigentlich schon',
    ],
    ['munich2022.com-topathleten', 'Externer Inhalt', 'consent', 'Weltjahresbestleistung von 6,02 m'],
    [
      'amnesty.de-waffensysteme',
      'Wir respektieren deine Privatsphäre',
      'consent',
      'nationalen Nichtregierungsorganisationen',
    ],
    [
      'unterwegsinberlin.de.friedrichsfelde',
      'um den Inhalt von www.komoot.de zu laden',
      'consent',
      'Meine neue Lieblings-Radtour',
    ],
  ])('%s: "%s" is a %s block, and the article stays', (name, line, category, sentence) => {
    expectLineFlagged(analysed(name), line, category, sentence);
  });

  it('a line Readability wrapped itself is named without marking the whole post it sat in', () => {
    const a = analysed('archive.org.dzs-clan.de');
    const notice = a.blocks.find((b) => b.text.includes('Du musst Eingeloggt sein'))!;
    expect(notice.text).not.toContain('In dieser News möchten wir euch');
  });
});
