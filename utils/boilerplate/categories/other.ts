import { defineCategory } from './types';
import { unicodeAll, unicodeWords } from '../vocab/words';

// Small furniture around an article that is neither a widget nor navigation: tag lists, photo
// captions and credits, "updated" lines, view counters.
export const other = defineCategory({
  id: 'other',
  label: 'Page furniture',
  tone: 'furniture',
  summaryRank: 12,
  headings: [
    /^(tags|topics|filed under|read more about|more about|themen|sujets|etiquetas|теги|темы)\s*:?$/i,
    /^(tags|topics|read more about)\s*:/i,
  ],
  phrases: [
    /^(photo|image|picture|illustration|credit|foto|bild)\s*:/i,
    /\((photo|image|credit):?[^)]*\)$/i,
    /\b(getty images|reuters|associated press|afp|ap photo|shutterstock|epa)\s*$/i,
  ],
  classTokens: [
    'tags',
    'tag',
    'topics',
    'caption',
    'credit',
    'credits',
    'meta',
    'views',
    'kicker',
    'category',
    'categories',
  ],
  hrefs: [/\/(tag|tags|topic|topics|category|thema|themen)\//i],
  lines: [
    // a gallery's buttons ("Bild anzeigen Bild schließen")
    /^(bild|bilder|foto|fotos) (anzeigen|einblenden)( (bild|bilder|foto|fotos) (schließen|ausblenden))?$/i,
    // the label over the sources or the original publication ("Quellenangaben:", "Originalartikel:")
    /^(quellen|quellenangaben|quellenverzeichnis|originalartikel|originalbeitrag|original-artikel)\s*:?$/i,
    // how long the story takes to read ("5 min read", "Lesezeit: 3 Minuten", "Ten tekst przeczytasz w …")
    /^(\d+\s*(min|mins|minutes?|minuten)\.?\s*(read|lesezeit|lesedauer)|(lesezeit|lesedauer|reading time|temps de lecture|czas czytania)\s*:?\s*(ca\.\s*)?(\d+|<\s*\d+)\s*(min|mins|minutes?|minuten|minut)\.?|ten tekst przeczytasz w .{1,30})$/i,
    // how to cite the post, and a site's note that its experts checked the text
    /^(suggested citation|zitiervorschlag|zitierhinweis|empfohlene zitierweise|cite (this|as))\b/i,
    /^(dieser|der) (text|artikel|beitrag) (entspricht den vorgaben|wurde von (\p{L}+ ){0,2}(ärzt|medizin|expert|fachleut)\p{L}* (geprüft|überprüft))/iu,
    /^(medically|fact|expert)[- ]?(reviewed|checked) by\b/i,
    // an agency signature closing a story: the editor's initials and the agency ("aja/PAP", "dpa/lnw")
    /^\(?(\p{L}{1,5}\/){1,2}(pap|dpa|afp|ap|reuters|kna|epd|apa|sda|ots|iar)\)?$/iu,
  ],
  hints: { aroundBodyOnly: true },
});

/**
 * Lines that credit or caption a picture rather than tell the story: "Photo: Jane Doe, AP",
 * "(Image credit: NASA)", "Image 3 of 9", "… (AP Photo/John Doe)", "© Jane Doe", "Abbildung 4: …",
 * "Titelbild: …", "Roman Prymula, photo: …".
 */
export const captionLines: RegExp[] = unicodeAll([
  /^\(?(photo|photograph|image|picture|pictured|illustration|graphic|credit|photo credit|image credit|image copyright|copyright|source|header image|featured image|cover image|cover photo|foto|fotos|bild|bildquelle|quelle|abbildung|abb\.|beitragsbild|titelbild|titelfoto|aufmacherbild|symbolbild|bildnachweis|fotonachweis|bildrechte|crédit|crédit photo|photo de|imagen|fotografía|фото|изображение|图片|写真)\s*(:|\/|by\b|copyright\b|credit\b)/i,
  // a numbered figure's caption: "Abbildung 4: klassische Schwachschicht.", "Figure 2. …", "Abb. 3 –"
  /^(figure|fig\.|abbildung|abb\.|grafik|schaubild)\s*\d+[a-z]?\s*[:.–—]\s/i,
  // a credit closing a caption line: "Roman Prymula, photo: Archives du …", "…, Foto © Jörg Gemsch"
  /[,;|–—]\s*(photo|foto|fotos|bild|image|crédit photo)\s*(:|©)\s*[^.!?]{2,80}$/i,
  /^image copyright\b/i,
  // the zoom button's word run into the caption it opens ("Vergrößern Eine kleine runde Aussparung …")
  /^([Vv]ergrößern|[Ee]nlarge|[Aa]grandir)(?! [Ss]ie\b)\s+\p{Lu}/u,
  /^(image|photo|slide|picture|bild|foto|фото)\s*\d+\s*(of|\/|von|de|sur|из)\s*\/?\s*\d*\s*$/i,
  /\(\s*(photo|image|picture|credit|foto|bild|imagen|фото)s?\s*(:|by\b|credit\b)[^)]*\)\s*\.?$/i,
  /\((ap|afp|reuters|epa|getty|ap photo)[^)]{0,80}\)\s*\.?$/i,
  /\bAP Photo\//,
  /^©\s*\p{L}/u,
]);

/** Labels for a picture credit: the short tail of a caption naming the agency. */
export const creditAgencies = unicodeWords(
  /(getty images|getty|reuters|associated press|\bap\b|afp|epa|shutterstock|istock|alamy|bloomberg|dpa|imago|picture alliance|xinhua|tass|ria novosti|pa wire|pa images|anadolu|sipa|rex features)\s*\)?\s*$/i,
);

/** Words that announce a date ("Published", "Updated", "Posted"), in the languages we read. */
export const metaWords =
  /^(first|last|published|updated|posted|modified|created|date|asked|answered|edited|geschrieben|gepostet|verfasst|veröffentlicht|publiziert|erschienen|erstellt|aktualisiert|zuletzt|publié|mis|jour|publicado|actualizado|atualizado|pubblicato|aggiornato|publikacja|opublikowano|aktualizacja|zaktualizowano|опубликовано|обновлено|发布|更新)$/i;

/** A byline's signature: "By Jane Doe", "Von Max Muster", "Par Jean Dupont", "Автор: …" (the name part only). */
export const bylineLine =
  /^([Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor|[Aa]v|[Аа]втор:?|[Тт]екст:?)\s+\p{Lu}[\p{L}.'’-]*(\s+(\p{Lu}[\p{L}.'’-]*|and|und|et|y|e|и|de|van|von|da|del|la|le|&)|\s*,\s*\p{Lu}[\p{L}.'’-]*)*/u;

/** Words a date or time is written with, in the languages we read; a line of only these is a dateline. */
export const dateWords =
  /^(\d{1,4}|\d{1,2}(st|nd|rd|th|am|pm|h)|[ap]\.?m\.?|[ap]m|p|m|et|pt|ct|original|utc|gmt|[a-z]{1,2}[sd]t|hst|cet|cest|msk|ist|jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?|mon(day)?|tue(s|sday)?|wed(nesday)?|thu(rs|rsday)?|fri(day)?|sat(urday)?|sun(day)?|at|on|of|the|de|del|às|a|à|um|le|el|am|um|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|juni|juli|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro|ene|ago|dic|gen|giu|lug|set|ott|segunda|terça|quarta|quinta|sexta|feira|sábado|domingo|lunes|martes|miércoles|jueves|viernes|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|года?|г|в|st|nd|rd|th|uhr|h|min|ago|hours?|minutes?|days?|hrs?|mins?)$/i;

/** A tag list written as a line: "Tags: a, b, c", "Schlagwörter …", "Etiquetas …". */
export const tagLines = unicodeWords(
  /^(tags|tagged( with)?|topics|keywords|filed under|schlagwörter|stichwörter|themen|mots[- ]clés|étiquettes|etiquetas|palavras[- ]chave|tag|теги|метки|ключевые слова|标签|タグ)\s*:?\s+\S/i,
);

/**
 * The line a blog theme closes a post with, saying when and where it was filed: "This entry was
 * posted in News. Bookmark the permalink.", "Der Beitrag wurde am Mittwoch, den 27. November 2019
 * um 15:21 Uhr veröffentlicht und wurde unter Allgemein abgelegt", "Erstellt am … und abgelegt unter …".
 */
export const filedLines = unicodeWords(
  /^(this (entry|post) was (posted|filed|published)|(posted|filed) (in|under)\b.{1,200}\bbookmark the permalink|(der|dieser) (beitrag|eintrag|artikel) wurde am\b.{1,160}\b(veröffentlicht|abgelegt)|(erstellt|veröffentlicht) am\b.{1,160}\b(abgelegt|veröffentlicht) unter)\b/i,
);

/** A line that is only an address: a URL, an e-mail address or a social handle's page. */
export const addressLine =
  /^(https?:\/\/[^/\s]+\/\S+|[\w.+-]+@[\w-]+\.[\w.]+|(twitter|facebook|instagram|x)\.com\/\S+)$/i;

/** Class-name tokens of cards that only show on hover or click (a politician's card inside a link). */
export const hoverTokens = ['tooltip', 'popover', 'hovercard', 'rollover', 'popup', 'flyout'];
