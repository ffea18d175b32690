// Compiles pdfWorker.ts for tests, because Node cannot start a worker thread from TypeScript.
import path from 'node:path';
import { bundleForNode } from '../../../testing/bundleForNode';

export const buildWorkerForTests = () => bundleForNode(path.resolve(import.meta.dirname, '../pdfWorker.ts'), 'pdfWorker.mjs');
