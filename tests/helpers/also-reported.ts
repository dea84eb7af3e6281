import type { AlsoReported } from '../../utils/linking/also';

/** Iran Front Page reporting Kanani's "acts independently" as a direct quote with the adverb changed to `added`. */
export function alteredReport(added: string, over: Partial<AlsoReported> = {}): AlsoReported {
  return {
    outlet: 'Iran Front Page',
    url: 'https://ifpnews.com/x/',
    title: null,
    date: '2022-12-18T12:47:33+00:00',
    relation: 'altered',
    kind: 'direct',
    score: 0.8,
    parts: [
      { op: 'plain', text: 'acts' },
      { op: 'plain', text: ' ' },
      { op: 'removed', text: 'independently' },
      { op: 'plain', text: ' ' },
      { op: 'added', text: added },
    ],
    saved: true,
    ...over,
  };
}
