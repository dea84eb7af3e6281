// A pool worker: analyses the pages the main thread posts, one at a time, and posts each result
// back. jsdom and the analysis core are loaded here, never in the main thread. Every page is parsed
// in the worker's one window (cli/page-window.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { createPageWindow } from '../page-window';
import { analyzeTask, type OpenPage } from './analyze-task';
import type { Task, TaskOptions } from './task';

const options = workerData as TaskOptions;
const pages = createPageWindow();
const openPage: OpenPage = (html, url) => ({ document: pages.parse(html, url), close: () => pages.release() });
parentPort!.on('message', (task: Task) => parentPort!.postMessage(analyzeTask(task, options, openPage)));
