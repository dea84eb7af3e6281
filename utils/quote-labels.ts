import type { QuoteKind, Speaker } from './types';

// How a quote's speaker and kind are put into words, for every shell that shows them: the popup,
// the hover card of the marks, the citations and the CLI's report.

/** Shown when the article names no one for a quote. */
export const UNATTRIBUTED = 'Unattributed';

type Who = Pick<Speaker, 'name' | 'role'> & Partial<Pick<Speaker, 'mention'>>;

/**
 * The speaker as a citation names them: the full name ("Nasser Kanani"), else the role with a
 * capital ("White House spokesperson"), else null — never the article's pronoun for them.
 */
export function speakerName(s: Who): string | null {
  const name = s.name?.trim();
  if (name) return name;
  const role = s.role?.trim();
  return role ? role.charAt(0).toUpperCase() + role.slice(1) : null;
}

/** The speaker as a list or a hover card shows them: as `speakerName`, else the article's own words for them. */
export function speakerLabel(s: Who): string {
  return speakerName(s) ?? (s.mention?.trim() || UNATTRIBUTED);
}

/** "Nasser Kanani, Iran's Foreign Ministry spokesperson": the name with its role, when both are known. */
export function speakerWithRole(s: Who): string {
  const label = speakerLabel(s);
  return s.name?.trim() && s.role?.trim() ? `${label}, ${s.role.trim()}` : label;
}

export interface KindLabel {
  /** A word for a list: "Quote", "Reported", "Partly quoted". */
  short: string;
  /** A phrase for a sentence or a hover card: "direct quote", "reported speech", "partly quoted". */
  long: string;
  /** How a citation introduces the source it is from: reported speech is the article's wording. */
  citedIn: string;
}

export const KIND_LABELS: Record<QuoteKind, KindLabel> = {
  direct: { short: 'Quote', long: 'direct quote', citedIn: 'Quoted in' },
  indirect: { short: 'Reported', long: 'reported speech', citedIn: 'Reported in' },
  mixed: { short: 'Partly quoted', long: 'partly quoted', citedIn: 'Quoted in' },
};
