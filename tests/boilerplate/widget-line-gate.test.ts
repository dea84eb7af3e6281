// The inner pass tries a short line standing alone in the body against the widget lines only when
// one joined test says one of them may match. If that test and the patterns drift apart, a widget's
// line would stay in the article. The lines are real ones from trafilatura-dev pages (the widget-line
// tests' pages); the sentences beside them are their articles'.
import { describe, expect, it } from 'vitest';
import { mayBeWidgetLine } from '../../utils/boilerplate/segment';
import { VOCABULARIES } from '../../utils/boilerplate/vocab';

const WIDGET_LINES = [
  'Meistgelesene Artikel',
  'Meistdiskutierte Artikel',
  'meist-diskutiert',
  'meist-gelesen',
  'Weiterführender Link',
  'Keine Kommentare (Kommentare erscheinen erst nach unserer Freigabe)',
  'Um den Tipp "Tomaten richtig schneiden" kommentieren zu können, müssen Sie eingeloggt sein.',
  'Du musst Eingeloggt sein um Kommentare zu schreiben! oder noch gar nicht Registriert?',
  'Den Artikel mit anderen teilen/diskutieren:',
  'Externer Inhalt',
  'Wir respektieren deine Privatsphäre und stellen deshalb ohne dein Einverständnis keine Verbindung zu Twitter her. Hier kannst du deine Einstellungen verwalten, um eine Verbindung zu den Social-Media-Kanälen herzustellen.',
  'Klicken Sie auf den unteren Button, um den Inhalt von www.komoot.de zu laden. Inhalt laden',
];

const ARTICLE_LINES = [
  'Konflikte mag keiner.',
  'Ihr kennt es sicher auch!',
  'Weltjahresbestleistung von 6,02 m',
  'Meine neue Lieblings-Radtour',
];

const matchedByAPattern = (line: string) => VOCABULARIES.some((v) => (v.lines ?? []).some((re) => re.test(line)));

describe('the test that rules a line out of the widget lines', () => {
  it.each(WIDGET_LINES)('lets "%s" through to the pattern that names it', (line) => {
    expect(matchedByAPattern(line)).toBe(true);
    expect(mayBeWidgetLine(line)).toBe(true);
  });

  it.each(ARTICLE_LINES)('rules out the article line "%s" at once', (line) => {
    expect(matchedByAPattern(line)).toBe(false);
    expect(mayBeWidgetLine(line)).toBe(false);
  });
});
