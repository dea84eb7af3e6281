import type { PageAnalysis } from '../utils/types';
import { plainCitationLine } from './citation-line';

/** The human-readable report of one page, as the CLI prints it by default. */
export function textReport(id: string, a: PageAnalysis): string {
  const m = a.metadata;
  const lines: string[] = [];
  lines.push(`== ${id}`);
  lines.push(`title:     ${m.title ?? '(none)'}`);
  lines.push(`site:      ${m.site ?? '(none)'}${m.author ? `   author: ${m.author}` : ''}`);
  lines.push(`published: ${m.published ?? '(unknown)'}   language: ${m.language ?? '?'}`);
  if (!a.isArticle) {
    lines.push(`no article here: ${a.reason}`);
    return lines.join('\n');
  }
  lines.push(`main body: ${a.main.paragraphs.length} paragraphs, ${a.main.length} characters`);
  lines.push(`boilerplate: ${a.blocks.length} blocks`);
  for (const b of a.blocks)
    lines.push(`  [${b.label}]${b.placement === 'inside' ? ' (inside body)' : ''} ${clip(b.text, 90)}`);
  lines.push(`quotes: ${a.quotes.length}`);
  for (const q of a.quotes) lines.push(`  ${q.kind.padEnd(8)} ${plainCitationLine(q)}`);
  return lines.join('\n');
}

function clip(s: string, n: number): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}
