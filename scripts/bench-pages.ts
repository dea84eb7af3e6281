// The pages the benchmarks measure, from their command line: the project's fixtures by default,
// or every page (.html or .html.gz) of --corpus DIR, in name order, the first --limit N of them.
import fs from 'node:fs';
import path from 'node:path';

/** The value after `--name` on the command line, or `fallback`. */
export function option(args: string[], name: string, fallback: string): string {
  return args.includes(name) ? args[args.indexOf(name) + 1] : fallback;
}

export function benchPages(args: string[], root: string): { dirs: string[]; files: string[] } {
  const defaults = [
    path.join(root, 'tests/fixtures/seeds'),
    path.join(root, 'tests/fixtures/boilerplate/pages'),
  ].filter((d) => fs.existsSync(d));
  const dirs = args.includes('--corpus') ? [path.resolve(option(args, '--corpus', ''))] : defaults;
  const limit = +option(args, '--limit', '100000');
  const files = dirs
    .flatMap((d) =>
      fs
        .readdirSync(d)
        .filter((f) => /\.html?(\.gz)?$/.test(f))
        .sort()
        .map((f) => path.join(d, f)),
    )
    .slice(0, limit);
  return { dirs, files };
}
