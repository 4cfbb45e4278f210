// The parse worker's entry: a worker thread starts without the parent's TypeScript loader, so it
// registers tsx itself (as bin/styrbord.mjs does) before loading the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./parse-worker.ts');
