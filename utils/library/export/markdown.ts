import type { SavedQuote } from '../types';
import { articleUrl, byArticle, displayDay, KIND_LABELS, quoteLink, speakerWithRole } from './fields';

// Markdown for Obsidian (and Notion, which reads the same): one note per article, YAML front matter
// with the article's details, then one blockquote per quote with the speaker, the date, the link
// to the words and the reader's note. Everything from a page or a note is escaped so it stays
// text: no HTML, no link, no heading a title could smuggle in. The YAML values are JSON strings,
// which YAML reads as double-quoted scalars: nothing in them can start a tag, an anchor or a list.

/**
 * Backslash-escapes what CommonMark or Obsidian would read as markup: HTML and autolinks (`<`,
 * `>`, `&`), links and images (`[`, `]`), emphasis and code, tables, strikethrough, tags (`#`),
 * maths (`$`) and comments (`%%`). The rest of the punctuation stays, so the note reads as text.
 */
export function escapeMarkdownText(s: string): string {
  return s.replace(/[\\`*_[\]<>|~#$%&]/g, (c) => `\\${c}`).replace(/\r\n?/g, '\n');
}

const yamlString = (s: string) => JSON.stringify(s);
const yamlDate = (iso: string | null) => (iso && /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : null);

function frontMatter(quotes: SavedQuote[]): string {
  const p = quotes[0].page;
  const tags = [...new Set(['quotes', ...quotes.flatMap((q) => q.tags)])];
  const speakers = [...new Set(quotes.map((q) => speakerWithRole(q.speaker)))];
  const lines: [string, string | null][] = [
    ['title', p.title ? yamlString(p.title) : null],
    ['source', articleUrl(quotes[0]) ? yamlString(articleUrl(quotes[0])!) : null],
    ['outlet', p.site ? yamlString(p.site) : null],
    ['author', p.author ? yamlString(p.author) : null],
    ['published', yamlDate(p.published)],
    ['saved', yamlDate(quotes.reduce((m, q) => (q.savedAt < m ? q.savedAt : m), quotes[0].savedAt))],
    ['language', p.language ? yamlString(p.language) : null],
  ];
  const out = ['---'];
  for (const [k, v] of lines) if (v !== null) out.push(`${k}: ${v}`);
  out.push('speakers:', ...speakers.map((s) => `  - ${yamlString(s)}`));
  out.push('tags:', ...tags.map((t) => `  - ${yamlString(t)}`));
  out.push('---');
  return out.join('\n');
}

function blockquote(q: SavedQuote): string {
  const words = escapeMarkdownText(q.text.replace(/\s+/g, ' ').trim());
  const lines = [q.kind === 'indirect' ? words : `“${words}”`, ''];
  const who = escapeMarkdownText(speakerWithRole(q.speaker));
  const when = displayDay(q.date);
  const link = quoteLink(q);
  let attribution = `— **${who}**${when ? `, ${when}` : ''} · ${KIND_LABELS[q.kind].long}`;
  if (link) attribution += ` · [Open at the words](<${link}>)`;
  lines.push(attribution);
  if (q.note.trim()) lines.push('', ...`**Note:** ${escapeMarkdownText(q.note.trim())}`.split('\n'));
  return lines.map((l) => (l ? `> ${l}` : '>')).join('\n');
}

/** One article's note. */
export function articleMarkdown(quotes: SavedQuote[]): string {
  const p = quotes[0].page;
  const heading = `# ${escapeMarkdownText(p.title?.trim() || articleUrl(quotes[0]) || 'Untitled page')}`;
  return `${frontMatter(quotes)}\n\n${heading}\n\n${quotes.map(blockquote).join('\n\n')}\n`;
}

/** A file name an Obsidian vault accepts: no path or link characters, not too long, unique in the set. */
export function noteFileName(title: string | null, taken: Set<string>): string {
  const base =
    (title ?? '')
      .replace(/[\\/:*?"<>|#^[\]]+/g, ' ')
      .replace(/\p{Cc}+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^\.+/, '')
      .slice(0, 100)
      .trim() || 'Untitled page';
  let name = `${base}.md`;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base} (${i}).md`;
  taken.add(name.toLowerCase());
  return name;
}

/** One note per article: file name and text. */
export function toMarkdownNotes(records: readonly SavedQuote[]): { name: string; text: string }[] {
  const taken = new Set<string>();
  return byArticle(records).map((quotes) => ({
    name: noteFileName(quotes[0].page.title, taken),
    text: articleMarkdown(quotes),
  }));
}
