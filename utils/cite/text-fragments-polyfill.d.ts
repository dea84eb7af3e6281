// GoogleChromeLabs' text-fragments-polyfill ships JavaScript without types: the part used here.
declare module 'text-fragments-polyfill/dist/fragment-generation-utils.js' {
  export interface GeneratedFragment {
    textStart: string;
    textEnd?: string;
    prefix?: string;
    suffix?: string;
  }
  export const GenerateFragmentStatus: {
    SUCCESS: 0;
    INVALID_SELECTION: 1;
    AMBIGUOUS: 2;
    TIMEOUT: 3;
    EXECUTION_FAILED: 4;
  };
  /** Uses the page's global `document`; moves the range's edges to word bounds. */
  export function generateFragmentFromRange(range: Range): { status: number; fragment?: GeneratedFragment };
  export function setTimeout(ms: number): void;
}

declare module 'text-fragments-polyfill/text-fragment-utils' {
  export interface ParsedFragment {
    textStart: string;
    textEnd: string;
    prefix: string;
    suffix: string;
  }
  export function getFragmentDirectives(hash: string): { text?: string[] };
  export function parseFragmentDirectives(d: { text?: string[] }): { text?: ParsedFragment[] };
  /** The first two places the directive matches in `root` (two means it is ambiguous). */
  export function processTextFragmentDirective(f: ParsedFragment, doc?: Document, root?: Element): Range[];
}
