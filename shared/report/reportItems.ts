// Every item of the report model that the PDF must show, each with the key its content carries
// (`placeKey`) and words that name it to the user. After layout the export checks that each one
// is on a page (main/report/completeness.ts); a section that shows an item tags its nodes with the
// same `itemKey` so the two can never drift apart.
import type { ActionRow, GapRow, ReportModel } from './model';

export interface ReportItem {
  key: string;
  label: string;
}

export type ChartName = 'ladder' | 'subscores' | 'statements' | 'trend';

export const itemKey = {
  chart: (name: ChartName) => `chart:${name}`,
  gap: (g: GapRow) => `gap:${g.statement}`,
  sinceLevels: () => 'since:levels',
  sinceSubscores: () => 'since:subscores',
  sinceGap: (list: 'closed' | 'opened' | 'moved', statement: number) => `since:${list}:${statement}`,
  split: (index: number) => `split:${index}`,
  roleSplit: (team: string) => `role-split:${team}`,
  recommendation: (r: { id: string }) => `recommendation:${r.id}`,
  boardItem: (board: number, area: number, item: number) => `board:${board}:${area}:${item}`,
  stage: (handoff: number, stage: number) => `stage:${handoff}:${stage}`,
  agreements: (handoff: number) => `agreements:${handoff}`,
  platform: (messaging: number, row: number) => `platform:${messaging}:${row}`,
  action: (a: ActionRow) => `action:${a.id}`,
  commitment: (c: { team: string }) => `commitment:${c.team}`,
  nextStep: (index: number) => `next-step:${index}`,
  note: (index: number) => `note:${index}`,
  participant: (index: number) => `participant:${index}`,
};

export interface ReportItemOptions {
  /** The notes appendix is left to the notes CSV, so the notes need not be in the PDF. */
  notesInCsv: boolean;
}

/** `text` on one line and at most `max` characters, ending in "…" when shortened. */
export function shortened(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

/** A short quotation of user text for a message: its first words, never the whole 2,000 characters. */
export function quote(text: string, max = 48): string {
  return `“${shortened(text, max)}”`;
}

export function reportItems(model: ReportModel, { notesInCsv }: ReportItemOptions): ReportItem[] {
  const items: ReportItem[] = [];
  const add = (key: string, label: string) => items.push({ key, label });
  if (model.diagnostic.counted > 0) {
    add(itemKey.chart('ladder'), 'the level ladder chart');
    add(itemKey.chart('subscores'), 'the sub-scores chart');
    add(itemKey.chart('statements'), 'the statement-by-statement chart');
  }
  const since = model.sinceLastTime;
  if (since) {
    add(itemKey.sinceLevels(), 'the levels then and now (Since last time)');
    if (since.subscoreTeams.length > 0) add(itemKey.sinceSubscores(), 'the sub-score changes (Since last time)');
    for (const list of ['closed', 'opened'] as const) {
      for (const g of since.gaps[list]) add(itemKey.sinceGap(list, g.statement), `the gap ${list} on statement ${g.statement} (Since last time)`);
    }
    for (const g of since.gaps.movedMost) add(itemKey.sinceGap('moved', g.statement), `the move of the gap on statement ${g.statement} (Since last time)`);
    if (since.trend) add(itemKey.chart('trend'), 'the trend chart');
  }
  for (const g of model.gaps) add(itemKey.gap(g), `the perception gap on statement ${g.statement}`);
  model.diagnostic.splits.forEach((s, i) => add(itemKey.split(i), `the split of ${s.team} on statement ${s.statement}`));
  for (const r of model.diagnostic.roleSplits) add(itemKey.roleSplit(r.team), `the heads and staff of ${r.team.toLowerCase()}`);
  for (const r of model.recommendations) add(itemKey.recommendation(r), `the recommendation ${quote(r.title)}`);
  model.boards.forEach((board, b) =>
    board.areas.forEach((area, a) =>
      area.items.forEach((item, i) => add(itemKey.boardItem(b, a, i), `the ${item.kind} ${quote(item.label)} in ${board.activity}`)),
    ),
  );
  model.handoffs.forEach((h, hi) => {
    h.stages.forEach((s, si) => add(itemKey.stage(hi, si), `the handoff stage ${quote(s.name)} in ${h.activity}`));
    add(itemKey.agreements(hi), `the lead agreements in ${h.activity}`);
  });
  model.messaging.forEach((m, mi) => m.platform.forEach((p, pi) => add(itemKey.platform(mi, pi), `the message for ${quote(p.area)} in ${m.activity}`)));
  for (const a of model.actions) add(itemKey.action(a), `action ${a.number} ${quote(a.title)}`);
  for (const c of model.commitments) add(itemKey.commitment(c), `the sign-off of the head of ${c.team.toLowerCase()}`);
  model.nextSteps.items.forEach((step, i) => add(itemKey.nextStep(i), `the next step ${quote(step)}`));
  if (!notesInCsv) model.appendix.notes.forEach((n, i) => add(itemKey.note(i), `the note ${quote(n.text)} in ${n.activity}`));
  model.appendix.participants.forEach((p, i) => add(itemKey.participant(i), `the scores of ${quote(p.label)}`));
  return items;
}
