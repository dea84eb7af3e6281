import { cite, type CitationFormat } from '../utils/cite';
import { KIND_LABELS, speakerWithRole } from '../utils/quote-labels';
import type { PageAnalysis, Quote } from '../utils/types';

/** Report options: with `cite`, every quote is followed by its citation in that format. */
export interface ReportOptions {
  cite?: CitationFormat;
  /** The accessed date citations print when the page gives none. */
  accessed?: Date;
}

/** The human-readable report of one page, as the CLI prints it by default. */
export function textReport(id: string, a: PageAnalysis, options: ReportOptions = {}): string {
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
  const width = Math.max(...Object.values(KIND_LABELS).map((k) => k.long.length));
  for (const q of a.quotes) {
    lines.push(`  ${KIND_LABELS[q.kind].long.padEnd(width)} ${quoteLine(q)}`);
    if (options.cite) {
      const c = cite(options.cite, { quote: q, metadata: m, accessed: options.accessed ?? new Date() });
      lines.push(...c.text.split('\n').map((l) => `  ${''.padEnd(width)} ${l}`.trimEnd()));
    }
  }
  return lines.join('\n');
}

/** “text” — Name, role (date): one quote on one line; reported speech, the writer's words, unquoted. */
function quoteLine(q: Quote): string {
  const when = q.date ? ` (${q.date.iso}${q.date.source === 'published' ? ', publication date' : ''})` : '';
  const words = q.kind === 'indirect' ? q.text : `“${q.text}”`;
  return `${words} — ${speakerWithRole(q.speaker)}${when}`;
}

function clip(s: string, n: number): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}
