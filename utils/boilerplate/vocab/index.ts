import type { Vocabulary } from './types';
import { ad } from './ad';
import { authorBio } from './author-bio';
import { comments } from './comments';
import { consent } from './consent';
import { donation } from './donation';
import { footer } from './footer';
import { nav } from './nav';
import { newsletter } from './newsletter';
import { other } from './other';
import { related } from './related';
import { share } from './share';
import { sidebar } from './sidebar';

import { unicodeAll } from './words';

export type { Vocabulary } from './types';
// word boundaries made Unicode-aware once, here, for every category
export const VOCABULARIES: Vocabulary[] = [
  donation,
  newsletter,
  consent,
  ad,
  authorBio,
  share,
  comments,
  related,
  sidebar,
  nav,
  footer,
  other,
].map((v) => ({
  ...v,
  headings: unicodeAll(v.headings),
  phrases: unicodeAll(v.phrases),
}));
export { ad, authorBio, comments, consent, donation, footer, nav, newsletter, other, related, share, sidebar };
