// Readability's readerable check on its own (4 KB), without the 90 KB of Readability itself. The
// file is CommonJS and exports the function itself.
declare module '@mozilla/readability/Readability-readerable.js' {
  import type { isProbablyReaderable } from '@mozilla/readability';
  const readerable: typeof isProbablyReaderable;
  export default readerable;
}
