import { defineCategory } from './types';
import { unicodeAll } from '../vocab/words';

export const ad = defineCategory({
  id: 'ad',
  label: 'Ad',
  tone: 'clutter',
  summaryRank: 3,
  headings: [
    /^[-–—\s]*(advertisement|advertising|advertisment|advert|adverts|sponsored( content| by)?|paid (post|content)|promoted( content)?|ad|ads)[-–—\s]*$/i,
    /^[-–—\s]*(anzeige|werbung|publicité|publicidad|pubblicità|реклама|advertentie|reklama|広告|广告|광고)[-–—\s]*$/i,
    /^(advertisement|sponsored|anzeige|publicité|publicidad|реклама)\s*[-–—:|]\s*\S.{0,60}$/i,
    /^(story|article) continues (below|after)( advertisement)?$/i,
    /^continue reading (the main story|below)$/i,
  ],
  phrases: [/\bsponsored by\b/i, /\bpartner content\b/i],
  // an Outbrain or Taboola box is a recommendation widget (related's class tokens); its links to
  // the vendors still count here, as ad links
  classTokens: [
    'ad',
    'ads',
    'adv',
    'advert',
    'adverts',
    'advertisement',
    'advertising',
    'adslot',
    'ad-slot',
    'adspot',
    'adunit',
    'ad-unit',
    'adsense',
    'dfp',
    'gpt',
    'banner',
    'sponsor',
    'sponsored',
    'promo',
    'billboard',
    'leaderboard',
    'mpu',
    'dfp-ad',
    'td-a-rec',
    'rec',
    'commercial',
  ],
  hrefs: [/doubleclick\.net|googlesyndication|adservice|\/ads?\/|adclick|ads\.|click\?id=|taboola|outbrain/i],
});

/** A line that sells the site's own app, print edition or channel rather than tell the story. */
export const promoLines: RegExp[] = unicodeAll([
  /^(click|tap) here to (get|download|subscribe|sign up|follow|listen|watch|read)\b/i,
  /^(get|download) (the|our) .{0,40}\bapp\b/i,
  /^get .{0,60} (delivered|on the go)\b/i,
  /^subscribe to (the|our) .{0,40}(youtube|channel|podcast|magazine)\b/i,
  /^this (post|article|story|page) (may )?contains? (affiliate|sponsored)\b/i,
  /\b(may|might) (earn|receive) an? (affiliate )?commission\b/i,
  /^this slideshow requires javascript\.?$/i,
  /^join (our|the) .{0,40}\b(forums?|community|discord|club)\b/i,
  /^get the latest .{0,60}\b(app|newsletter)\b/i,
  // the same in German and Polish: offers for members, a download, the site's own listings
  /\b(erhalten sie|sichern sie sich|erhalte|sichere dir) (jetzt )?(exklusive|attraktive) (angebote|vorteile|rabatte)\b/i,
  /^(dieses?|den|das) (skript|manuskript|transkript|dokument) als pdf (herunterladen|downloaden)$/i,
  /^zapraszamy (też |także |również )?do (subskrypcji|prenumeraty)\b/i,
  /\bzobacz oferty na\b/i,
  // an affiliate disclosure in German: "Bei den Verlinkungen handelt es sich um Affiliate Links",
  // "… Links zu Anbietern enthalten, von denen outdoor-magazin eine Provision erhält"
  /\b(handelt es sich um|enthält|enthalten|befinden sich) (sogenannte )?affiliate[- ]links\b/i,
  /\beine provision (erhält|erhalten|bekommt|bekommen)\b/i,
  /^follow [\p{L}\p{N}@._ ]{1,30} on (twitter|facebook|instagram|youtube|tiktok|linkedin|telegram)\b.{0,80}$/iu,
]);
