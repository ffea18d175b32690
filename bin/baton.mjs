#!/usr/bin/env node
// `npx baton …`: builds Baton if its sources changed since the last build, then runs the CLI.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBuilt, ensureDependencies, root } from '../scripts/setup.mjs';

ensureDependencies();
ensureBuilt();
// Importing the built entry runs the command line with this process's arguments.
await import(pathToFileURL(path.join(root, 'out', 'main', 'cli.js')).href);
