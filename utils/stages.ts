// The analysis as a declared list of stages, and the one runner that times them and hands the main
// thread back between them. A stage reads and writes its run's state; one that returns a result
// ends the run early with it (a page found to have no article stops after the main body).

export interface Stage<S, R> {
  /** Its name in `timings`, in the benchmark and in profiles. */
  readonly name: string;
  run(state: S): R | undefined;
}

/**
 * Runs the stages in order, recording each one's milliseconds in `timings`, and yields each stage's
 * name between stages: the caller decides whether to pause there. Time spent paused belongs to the
 * page, not to a stage.
 */
export function* runStages<S, R>(
  stages: readonly Stage<S, R>[],
  state: S,
  finish: (state: S) => R,
  timings: Record<string, number>,
  clock: () => number,
): Generator<string, R, void> {
  for (const [i, stage] of stages.entries()) {
    const started = clock();
    const early = stage.run(state);
    timings[stage.name] = clock() - started;
    if (early !== undefined) return early;
    if (i < stages.length - 1) yield stage.name;
  }
  return finish(state);
}
