import type { Quote } from '../utils/types';

/** One quote as a short citation line: “text” — Name, role (date). */
export function plainCitationLine(q: Quote): string {
  const who = q.speaker.name
    ? `${q.speaker.name}${q.speaker.role ? `, ${q.speaker.role}` : ''}`
    : (q.speaker.role ?? 'unknown speaker');
  const when = q.date ? ` (${q.date}${q.dateSource === 'published' ? ', publication date' : ''})` : '';
  return `“${q.text}” — ${who}${when}`;
}
