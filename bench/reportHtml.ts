// The report model as plain HTML, for the benchmark's baseline: Chromium printing the same content
// the PDF export lays out with pdfmake (summary facts, recommendations with their actions, the
// action plan with descriptions and status, the wall plan on a landscape page).
import type { ReportModel } from '../shared/report/model';

const esc = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const table = (head: string[], rows: string[][]) =>
  `<table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;

export function reportHtml(model: ReportModel): string {
  const s = model.summary;
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    body { font-family: 'Noto Sans', sans-serif; font-size: 10.5pt; }
    h1 { color: #1f4fd1; font-size: 16pt; break-after: avoid; } h2 { font-size: 12pt; break-after: avoid; }
    table { border-collapse: collapse; width: 100%; margin-bottom: 12pt; } th, td { border-bottom: 1px solid #ccc; text-align: left; padding: 2pt 4pt; }
    thead { display: table-header-group; } tr { break-inside: avoid; } svg { width: 100%; height: auto; }
    .page { break-after: page; } .wall { page: wall; break-before: page; break-after: page; } @page wall { size: landscape; }
  </style></head><body>
  <section class="page"><p>Sales and marketing alignment</p><h1>${esc(model.title)}</h1><p>${esc(model.client)} · ${esc(model.date)} · ${esc(model.facilitator)}</p></section>
  <section class="page"><h1>Executive summary</h1><p>${esc(s.takeaway)}</p><p>${esc(s.headline)}</p>
    ${table(['', 'Score', 'Level'], s.levels.map((l) => [l.label, l.mean?.toFixed(1) ?? '—', l.level ?? '—']))}
    <p>Target: ${esc(s.target.level)}. ${s.target.rationale.map(esc).join(' ')}</p>
    <p>${s.counts.participants} participants · ${s.counts.notes} notes · ${s.counts.themes} themes · ${s.counts.actions} actions (${s.counts.byPriority.high} high, ${s.counts.byPriority.medium} medium, ${s.counts.byPriority.low} low) · ${s.counts.overdue} overdue</p>
    <h2>Needs the sponsor</h2><p>No owner: ${s.attention.noOwner.join(', ')}; no date: ${s.attention.noDue.join(', ')}; overdue: ${s.attention.overdue.join(', ')}</p>
    <h2>Largest gaps</h2><ol>${s.topGaps.map((g) => `<li>${esc(g.short)}: ${g.gap.toFixed(2)}</li>`).join('')}</ol>
    <h2>Top themes</h2><ol>${s.topThemes.map((t) => `<li>${esc(t.label)} (${t.votes})</li>`).join('')}</ol>
    <h2>Top actions</h2><ol>${s.topActions.map((a) => `<li>${esc(a.title)}</li>`).join('')}</ol></section>
  <h1>Diagnostic</h1>${model.diagnostic.charts.ladder}${model.diagnostic.charts.subscores}${model.diagnostic.charts.statements}
  ${table(['Group', 'Statements', 'Sales', 'Marketing', 'Other'], model.diagnostic.subscores.map((g) => [g.group, g.statements, g.sales?.toFixed(2) ?? '—', g.marketing?.toFixed(2) ?? '—', g.other?.toFixed(2) ?? '—']))}
  ${table(['Team', 'Statement', 'Spread'], model.diagnostic.splits.map((x) => [x.team, `${x.statement} ${x.short}`, x.sd.toFixed(2)]))}
  <h1>Perception gaps</h1>${table(['#', 'Statement', 'Sales', 'Marketing', 'Gap'], model.gaps.map((g) => [String(g.statement), g.text, g.sales.toFixed(2), g.marketing.toFixed(2), g.gap.toFixed(2)]))}
  <h1>Recommendations</h1><ol>${model.recommendations.map((r) => `<li><b>${esc(r.title)}</b> ${esc(r.detail)} <i>${esc(r.rationale)}</i> ${r.actions.length ? `→ action ${r.actions.join(', ')}` : 'Not taken into the action plan'}</li>`).join('')}</ol>
  <h1>Themes from each activity</h1>${model.boards.map((b) => `<h2>${esc(b.activity)}</h2>${table(['Area', 'Theme or note', 'Votes'], b.areas.flatMap((a) => a.items.map((i) => [a.title, i.label, String(i.votes)])))}`).join('')}
  ${model.handoffs.map((h) => `<h1>Relay handoff map</h1>${table(['Stage', 'Marketing', 'Sales', 'Owner'], h.stages.map((st) => [st.name, st.marketing, st.sales, st.owner]))}<p>${esc(h.mqlDefinition)}</p><p>${esc(h.sqlDefinition)}</p><p>${esc(h.followUpNotes)}</p><p>${esc(h.returnedLeads)}</p>`).join('')}
  ${model.messaging.map((m) => `<h1>Messaging platform</h1>${table(['Element', 'Message', 'Basis'], m.platform.map((p) => [p.area, p.text, p.basis]))}`).join('')}
  <h1>Action plan</h1>${table(['#', 'Action', 'Owner', 'Team', 'Due', 'Status', 'Priority', 'Metric'], model.actions.map((a) => [String(a.number), `${a.title}: ${a.description}`, a.owner, a.team, a.pastDue ? `${a.due} OVERDUE` : a.due, a.status, a.priority, a.metric]))}
  <section class="wall"><h1>Wall plan</h1>${model.wallPlan.chart}</section>
  <h1>Commitments</h1>${model.commitments.map((c) => `<h2>${esc(c.team)}: ${esc(c.head)}</h2><p>${esc(c.statement)}</p><p>Signed ________________</p>`).join('')}
  <h1>Next steps</h1><ul>${model.nextSteps.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>
  <h1>Appendix: all notes</h1>${table(['Activity', 'Area', 'Note', 'Team', 'Votes'], model.appendix.notes.map((n) => [n.activity, n.area, n.text, n.team, String(n.votes)]))}
  <h1>Appendix: participants</h1>${table(['Participant', 'Team', 'Answered', 'Total', 'Level'], model.appendix.participants.map((p) => [p.label, p.team, String(p.answered), String(p.total ?? '—'), p.level ?? '—']))}
  <h1>Method</h1>${model.method.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}<p>${esc(model.method.attribution)}</p>
  </body></html>`;
}
