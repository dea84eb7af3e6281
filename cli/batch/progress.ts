import cliProgress from 'cli-progress';

// Progress on stderr, for a person watching a terminal: pages done out of the total, the rate, the
// time left and the failures so far. Piped or redirected, stderr gets the log lines alone.

export interface Progress {
  /** a page written (failed or not) */
  tick(failed: boolean): void;
  /** a log line, printed above the bar rather than through it */
  log(line: string): void;
  stop(): void;
}

export function progressOn(stream: NodeJS.WriteStream, total: number): Progress {
  if (!stream.isTTY) return { tick() {}, log: (line) => void stream.write(line + '\n'), stop() {} };
  const started = performance.now();
  const bars = new cliProgress.MultiBar(
    {
      stream,
      format: '{bar} {value}/{total} pages | {rate} pages/s | ETA {eta_formatted} | {failures} failed',
      hideCursor: true,
      clearOnComplete: false,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  const bar = bars.create(total, 0, { rate: '0.00', failures: 0 });
  let done = 0;
  let failures = 0;
  return {
    tick(failed) {
      done++;
      if (failed) failures++;
      const rate = (done / ((performance.now() - started) / 1000)).toFixed(2);
      bar.update(done, { rate, failures });
    },
    log: (line) => bars.log(line + '\n'),
    stop: () => bars.stop(),
  };
}
