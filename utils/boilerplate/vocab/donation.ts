import type { Vocabulary } from './types';

export const donation: Vocabulary = {
  category: 'donation',
  label: 'Donation appeal',
  headings: [
    /^(a )?message from\b/i, /^(a word to our (loyal )?readers)\b/i, /\bsupport (us|our|independent|quality)\b/i, /^donate\b/i, /\bbecome a (member|supporter|patron)\b/i,
    /^(unterstützen sie|jetzt spenden|spenden)\b/i, /^(soutenez|faites un don)\b/i, /^(apóyanos|dona|haz una donación)\b/i,
    /^(поддержите|пожертвовать)\b/i, /^(sostienici|dona ora)\b/i,
  ],
  phrases: [
    /\bsupport (us|our (work|journalism|newsroom|reporting|mission))\b/i, /\b(please|can you) (support|donate|contribute|chip in)\b/i,
    /\bdonat(e|ion|ions)\b/i, /\bcontribut(e|ion) (today|now|monthly)|\bevery contribution\b/i, /\bmake a (one-time |monthly |recurring )?(gift|contribution|donation)\b/i,
    /\b(monthly|one-time|recurring) (support|gift|donation|contribution)\b/i, /\bsupport\w* \w+ monthly\b/i, /\bstarting (from|at) (just )?[$€£]\s?\d/i,
    /\b(independent|reader-funded|reader-supported|nonprofit|non-profit) journalism\b/i, /\bbecome a (member|supporter|patron|subscriber)\b/i,
    /\bour journalism (is|relies|depends)\b/i, /\b(we|\w+(\.com)?) needs? your (help|support)\b/i, /\bclick here to support\b/i,
    /\bwe rely on (you|our readers|readers)\b/i, /\bhelp (preserve|sustain|keep|fund) (this|our|independent)\b/i, /\bdear readers?\b/i, /\bpatreon\b/i, /\bpaypal\b/i,
    /\bspende[nr]?\b/i, /\bunterstützen sie\b/i, /\bfaire un don\b/i, /\bsoutenez\b/i, /\bdonaci[oó]n\b/i, /\bapoy(a|e)nos\b/i,
    /\bпожертвова/i, /\bподдержите\b/i, /\bпідтримайте\b/i, /\bsostieni\b/i, /\bdonazione\b/i, /\bsteun ons\b/i,
    /寄付|捐赠|捐款|후원/,
  ],
  classTokens: ['donate', 'donation', 'donations', 'contribute', 'contribution', 'appeal', 'membership', 'support-us', 'supportus', 'paywall', 'epic', 'patron'],
  hrefs: [/\/(donate|donation|contribute|support|membership|join|give)\b/i, /patreon\.com|paypal\.(com|me)|donorbox|givebutter|fundraiseup|steadyhq|ko-fi\.com/i],
};
