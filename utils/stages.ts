// The analysis as a declared list of stages, and the one runner that times them and hands the main
// thread back between them. A stage reads and writes its run's state; one that returns a result
// ends the run early with it (a page found to have no article stops after the main body). A stage
// whose work grows with the page is a generator that yields where it may pause: the runner pauses
// there once the task so far has held the thread for `TASK_BUDGET_MS`, and always before a long
// step that cannot pause (`LONG_STEP_NEXT`).

/**
 * Yielded by a stage where its next step is long and cannot pause itself (a pass of Readability's
 * search for the article): the runner pauses there whatever the task has run so far, so that step
 * starts a task of its own instead of adding to one the budget has not yet ended.
 */
export const LONG_STEP_NEXT = Symbol('a long step comes next');

/** What a stage's steps yield: nothing where the runner may pause, or LONG_STEP_NEXT. */
export type StepYield = void | typeof LONG_STEP_NEXT;

/** A stage's work: done in one go, or a generator that yields where it may pause. */
export type StageWork<R> = R | undefined | Generator<StepYield, R | undefined, void>;

export interface Stage<S, R> {
  /** Its name in `timings`, in the benchmark and in profiles. */
  readonly name: string;
  run(state: S): StageWork<R>;
}

/**
 * How long one task of the stepped analysis may run before it pauses at the next point where it
 * may. A frame is 16 ms and Chromium calls a task of 50 ms long; the unit of work between two pause
 * points (a region of the page, a paragraph) takes up to a few ms on the corpus pages, so pausing
 * past 8 ms keeps the tasks of the stages that can pause under a frame.
 */
export const TASK_BUDGET_MS = 8;

/**
 * Runs the stages in order, recording each one's milliseconds in `timings`, and yields the current
 * stage's name wherever the caller may pause: between stages, and inside a stage that can pause
 * once the task has lasted `budgetMs`. Time spent paused belongs to the page, not to a stage.
 */
export function* runStages<S, R>(
  stages: readonly Stage<S, R>[],
  state: S,
  finish: (state: S) => R,
  timings: Record<string, number>,
  clock: () => number,
  budgetMs = TASK_BUDGET_MS,
): Generator<string, R, void> {
  for (const [i, stage] of stages.entries()) {
    let started = clock();
    let spent = 0;
    let early = stage.run(state);
    if (isGenerator(early)) {
      const steps = early;
      for (let r = steps.next(); ; r = steps.next()) {
        if (r.done) {
          early = r.value;
          break;
        }
        const now = clock();
        if (r.value !== LONG_STEP_NEXT && now - started < budgetMs) continue;
        spent += now - started;
        yield stage.name;
        started = clock();
      }
    }
    timings[stage.name] = spent + clock() - started;
    if (early !== undefined) return early;
    if (i < stages.length - 1) yield stage.name;
  }
  return finish(state);
}

function isGenerator<R>(x: StageWork<R>): x is Generator<StepYield, R | undefined, void> {
  return typeof x === 'object' && x !== null && typeof (x as { next?: unknown }).next === 'function';
}

/** Runs a generator that yields where it may pause to its end, without pausing. */
export function drain<R>(steps: Generator<StepYield, R, void>): R {
  for (let r = steps.next(); ; r = steps.next()) if (r.done) return r.value;
}
