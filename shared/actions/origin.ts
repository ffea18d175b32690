// Where an action came from, in words, the same on screen, in the report and in the CSV.
import type { ActionSource } from './schema';

/** "From Recommendation: …", "Carried over from Northwind kickoff (12 Mar 2026)", or '' for none. */
export function actionOrigin(source: ActionSource): string {
  switch (source.kind) {
    case 'none':
      return '';
    case 'carried-over':
      return `Carried over from ${source.label}`;
    default:
      return `From ${source.label}`;
  }
}
