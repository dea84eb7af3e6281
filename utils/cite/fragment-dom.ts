import {
  GenerateFragmentStatus,
  generateFragmentFromRange,
} from 'text-fragments-polyfill/dist/fragment-generation-utils.js';
import { textDirective } from './fragment';

// The text directive for words in the live page, by GoogleChromeLabs' generator (Apache-2.0): it
// uses the words alone when they are unique on the page, adds the fewest words of context before
// and after when they are not, and gives a long passage as its start and end. It runs in the page,
// where it can check uniqueness; it has half a second before it gives up.

export function directiveForRange(range: Range): string | null {
  try {
    // a copy: the generator moves the range's edges to word bounds
    const result = generateFragmentFromRange(range.cloneRange());
    if (result.status !== GenerateFragmentStatus.SUCCESS || !result.fragment) return null;
    return textDirective(result.fragment);
  } catch {
    return null;
  }
}
