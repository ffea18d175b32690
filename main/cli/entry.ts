// Built to out/main/cli.js; started by bin/baton.mjs and `npm run baton`.
import { main } from './baton';

void main();
