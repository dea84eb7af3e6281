import type { Vocabulary } from './types';

export const consent: Vocabulary = {
  category: 'consent',
  label: 'Cookie notice',
  headings: [/\bcookies?\b/i, /\b(privacy|consent) (settings|preferences|choices)\b/i, /\bwe value your privacy\b/i],
  phrases: [
    /\b(this|our) (web)?site uses cookies\b/i, /\bwe use cookies\b/i, /\buse of cookies\b/i, /\bcookie (policy|settings|preferences|consent)\b/i,
    /\baccept (all )?cookies\b/i, /\bby (continuing|browsing|using)\b.{0,60}\b(agree|consent|accept)\b/i, /\bgdpr\b/i, /\bcookies? to (improve|enhance|give|ensure|personali[sz]e)\b/i, /\b(you('re| are) ok with this|you can opt[- ]out)\b/i, /\bmanage (your )?(consent|preferences)\b/i,
    /\bverwendet cookies\b/i, /\bwir verwenden cookies\b/i, /\butilise des cookies\b/i, /\bnous utilisons des cookies\b/i, /\butiliza(mos)? cookies\b/i,
    /\bиспользует (файлы )?cookie/i, /\bиспользуем (файлы )?cookie/i, /\butilizz(a|iamo) (i )?cookie/i, /クッキー|使用cookie|쿠키/,
  ],
  classTokens: ['cookie', 'cookies', 'consent', 'gdpr', 'cmp', 'cookiebar', 'cookie-bar', 'cookie-law', 'privacy-banner', 'onetrust', 'cookiebot', 'didomi', 'qc-cmp', 'truste'],
  hrefs: [],
};
