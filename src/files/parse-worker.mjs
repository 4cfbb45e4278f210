// The parse worker's entry when run from the sources: a worker thread starts without the parent's
// TypeScript loader, so it registers tsx itself (as bin/styrbord.mjs does) before loading the
// TypeScript worker. The build in dist/server/ starts parse-worker.js directly.
import { register } from 'tsx/esm/api';

register();
await import('./parse-worker.ts');
