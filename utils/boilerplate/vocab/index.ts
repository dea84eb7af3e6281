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

export type { Vocabulary } from './types';
export const VOCABULARIES: Vocabulary[] = [donation, newsletter, consent, ad, authorBio, share, comments, related, sidebar, nav, footer, other];
export { ad, authorBio, comments, consent, donation, footer, nav, newsletter, other, related, share, sidebar };
