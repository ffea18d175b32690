// Imported first by the renderer entry, before any schema is built: zod's object parser compiles
// itself with `new Function` where it may, and merely probing for that is an eval the page's strict
// Content-Security-Policy blocks and reports, twice per load. Jitless, zod parses the same without
// trying. (The participant page loads no zod; main is not under a CSP and keeps the faster parser.)
import { z } from 'zod';

z.config({ jitless: true });
