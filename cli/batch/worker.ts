// A pool worker: analyses the pages the main thread posts, one at a time, and posts each result
// back. jsdom and the analysis core are loaded here, never in the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeTask } from './analyze-task';
import type { Task, TaskOptions } from './task';

const options = workerData as TaskOptions;
parentPort!.on('message', (task: Task) => parentPort!.postMessage(analyzeTask(task, options)));
