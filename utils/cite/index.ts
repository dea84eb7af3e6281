import { apa } from './apa';
import { chicago } from './chicago';
import { markdown } from './markdown';
import { mla } from './mla';
import { plain } from './plain';
import type { Citation, CitationFormat, CitationInput } from './shared';

export {
  CITATION_FORMATS,
  CITATION_FORMAT_LABELS,
  type Citation,
  type CitationFormat,
  type CitationInput,
} from './shared';

const FORMATTERS: Record<CitationFormat, (input: CitationInput) => Citation> = { plain, markdown, apa, mla, chicago };

export function cite(format: CitationFormat, input: CitationInput): Citation {
  return FORMATTERS[format](input);
}

export function isCitationFormat(v: unknown): v is CitationFormat {
  return typeof v === 'string' && v in FORMATTERS;
}
