// The batch bench's floor: what jsdom and Readability alone cost over the same pages in one process
// (no analysis, nothing written), as `new Readability(document).parse()` runs in any Node scraper.
import { Readability } from '@mozilla/readability';
import { expandInputs, parseHtml, readHtml } from '../cli/load-page';

let parsed = 0;
for (const file of expandInputs(process.argv.slice(2))) {
  const dom = parseHtml(readHtml(file));
  if (new Readability(dom.window.document).parse()) parsed++;
  dom.window.close();
}
console.error(`readability: ${parsed} articles`);
