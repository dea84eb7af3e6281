// A worker thread starts without the main thread's loaders, so it cannot import TypeScript by
// itself: it registers tsx first, then loads the worker proper.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
