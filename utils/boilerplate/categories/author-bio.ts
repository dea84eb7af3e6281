import { defineCategory } from './types';
import { unicodeAll } from '../vocab/words';

export const authorBio = defineCategory({
  id: 'author-bio',
  label: 'Author bio',
  tone: 'clutter',
  summaryRank: 5,
  headings: [
    /^about the (author|writer|reporter)s?\b/i,
    /^(über den autor|über die autorin|à propos de l'auteur|sobre el autor|об авторе|sull'autore)\b/i,
  ],
  phrases: [
    /\bis (an?|the) ([\p{L}-]+ ){0,3}(writer|reporter|journalist|editor|correspondent|columnist|contributor|producer|analyst)\b/iu,
    /\bis composed of .{0,60}(journalists|writers|editors)\b/i,
    /\b(he|she|they) (covers|writes about|has reported|previously worked|joined)\b/i,
    /\bjoined (the|our) .{0,40}(in|as) \d{4}\b/i,
    /\bjoined [\p{L}\p{N} .&-]{2,40} in (\p{L}+ )?\d{4}\b/iu,
    /\b(he|she) has been (reporting|writing|covering)\b/i,
    /\b(is|was) (the|a|an) [\p{L} ,.&-]{0,60}\b(fellow|professor|lecturer)\b/iu,
    /\bthe author,? (most recently,? )?of\b/i,
    /^(\p{Lu}{2,6} )?(contributor|contributing editor)\b/u,
    /\b(is a|an?) [\p{L} -]{0,30}\bnative\b/iu,
    /\b(now )?(lives|living|is based) in\b.{0,60}\b(with (his|her|their) (husband|wife|partner|family|kids|children))/i,
    /^more (articles|stories|posts) (from|by)\b/i,
    // a blog theme's author box: "About Jane Doe … View all posts by Jane Doe", in German
    // "Über Jane Doe … Zeige alle Beiträge von Jane Doe"
    /\b(view|see) all (posts|articles|stories) by\b/i,
    /\b(zeige alle|alle) (beiträge|artikel|posts) (von|des autors|der autorin)\b/i,
    /^(About|Über) \p{Lu}[\p{L}.'’-]+( \p{Lu}[\p{L}.'’-]+){1,3}\s/u,
    /\bfollow (him|her|them) on\b/i,
    /\b(can|may) be (reached|contacted) (at|through|via|by)\b/i,
    /\bist (redakteur|redakteurin|journalist|journalistin|korrespondent)\b/i,
    /\best (journaliste|rédacteur|rédactrice|correspondant)\b/i,
    /\bes (periodista|redactor|redactora|corresponsal)\b/i,
    /\b(журналист|корреспондент|редактор)\b/i,
  ],
  lines: [
    // the label over a press contact's name, address and e-mail ("Kontakt:", "Pressekontakt")
    /^(kontakt|pressekontakt|ansprechpartner(in)?|contact|media contact|press contact|kontakt dla mediów)\s*:?$/i,
  ],
  classTokens: [
    'author',
    'authors',
    'bio',
    'byline-bio',
    'author-box',
    'authorbox',
    'author-info',
    'contributor',
    'about-author',
    'writer',
    'vcard',
  ],
  hrefs: [/\/(author|authors|autor|auteur|profile|people|staff|journalists?)\//i],
  hints: { toldByWords: 5 },
});

/** How to reach the writer ("Write to Jane Doe at jane@…", "Have a tip? … may be reached at …"). */
export const contactLines: RegExp[] = unicodeAll([
  /^write to\b/i,
  /\b(can|may) be (reached|contacted)\b/i,
  /^(e-?mail|contact|reach)( the (author|reporter|writer)| (him|her|them|me))?\s*(:|at\b)/i,
  /^have a (news )?tip\b/i,
  /^(schreiben sie|kontakt)\b/i,
  /^(écrire à|contact)\b/i,
  /^(escribe a|contacto)\b/i,
  /^(пишите|связаться)\b/i,
]);
