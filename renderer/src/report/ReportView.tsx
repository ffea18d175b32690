// The report on screen: the same model the PDF prints (shared/report/buildReport), so every figure
// here is the figure on paper. Exports sit at the top.
import { useMemo, type ReactNode } from 'react';
import { formatGap } from '../../../shared/diagnostic/formatGap';
import { todayIso } from '../../../shared/format/dates';
import { buildReport } from '../../../shared/report/buildReport';
import type { ReportModel } from '../../../shared/report/model';
import { actionList, targetSentence } from '../../../shared/report/summaryFacts';
import { SvgChart } from '../components/SvgChart';
import { useEarlierChain } from '../earlier/useEarlierChain';
import { useAppStore } from '../store/appStore';
import { ExportPanel } from './ExportPanel';
import { Table } from '../components/Table';

const num = (n: number | null, digits: number) => (n === null ? '—' : n.toFixed(digits));

function TopList({ title, empty, items }: { title: string; empty: string; items: ReactNode[] }) {
  return (
    <div>
      <h4>{title}</h4>
      {items.length === 0 ? <p className="muted">{empty}</p> : <ol>{items}</ol>}
    </div>
  );
}

function Counts({ model }: { model: ReportModel }) {
  const c = model.summary.counts;
  return (
    <p>
      {c.participants} participants ({c.counted} counted) · {c.notes} notes · {c.themes} themes · {c.actions} actions ({c.byPriority.high} high, {c.byPriority.medium}{' '}
      medium, {c.byPriority.low} low) · {c.overdue} overdue · re-run the diagnostic by {model.nextSteps.reassessOn}
    </p>
  );
}

function attentionItems(model: ReportModel): ReactNode[] {
  const { noOwner, noDue, overdue } = model.summary.attention;
  return [
    ...(noOwner.length ? [<li key="owner">Nobody owns {actionList(noOwner)}.</li>] : []),
    ...(noDue.length ? [<li key="due">No due date on {actionList(noDue)}.</li>] : []),
    ...(overdue.length ? [<li key="overdue">Overdue: {actionList(overdue)}.</li>] : []),
  ];
}

function Summary({ model }: { model: ReportModel }) {
  const { summary } = model;
  return (
    <section aria-labelledby="report-summary" className="report__section">
      <h3 id="report-summary">Executive summary</h3>
      <p className="report__headline">{summary.takeaway}</p>
      <Counts model={model} />
      {summary.warning && <p className="banner banner--warning">{summary.warning}</p>}
      <Table compact caption="Scores and levels" columns={['Who', 'Score', 'Level']}>
        {summary.levels.map((l) => (
          <tr key={l.label}>
            <th scope="row">
              {l.label}
              {l.n !== undefined ? ` (${l.n} counted)` : ''}
            </th>
            <td>{num(l.mean, 1)}</td>
            <td>{l.level ?? '—'}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">Target</th>
          <td />
          <td>{targetSentence(summary.target)}</td>
        </tr>
      </Table>
      <div className="report__columns">
        <TopList
          title="Largest perception gaps"
          empty="None of 1.00 or more."
          items={summary.topGaps.map((g) => (
            <li key={g.statement}>
              {g.short}: sales {g.sales.toFixed(2)}, marketing {g.marketing.toFixed(2)} ({formatGap(g.gap, { minus: '-' })})
            </li>
          ))}
        />
        <TopList
          title="Top themes"
          empty="No votes yet."
          items={summary.topThemes.map((t) => (
            <li key={t.id}>
              {t.label} ({t.votes} votes, {t.activityTitle})
            </li>
          ))}
        />
        <TopList
          title="Top actions"
          empty="No actions yet."
          items={summary.topActions.map((a) => (
            // Numbered as in the action plan, not by rank.
            <li key={a.id} value={a.number}>
              {a.title} ({a.priority}
              {a.owner ? `, ${a.owner}` : ''}
              {a.due ? `, ${a.due}` : ''}
              {a.pastDue ? ', overdue' : ''})
            </li>
          ))}
        />
        <TopList title="Needs the sponsor" empty="Every open action has an owner and a due date, and none is overdue." items={attentionItems(model)} />
      </div>
    </section>
  );
}

const signed = (n: number | null) => (n === null ? '—' : `${n > 0 ? '+' : ''}${n.toFixed(1)}`);
const standing = (s: { mean: number; level: string } | null) => (s ? `${s.mean.toFixed(1)} (${s.level})` : '—');

/** The PDF's "Since last time", in short: levels then and now, and the trend from three workshops. */
function SinceLastTime({ model, loading }: { model: ReportModel; loading: boolean }) {
  const since = model.sinceLastTime;
  if (!since) return loading ? <p className="muted" role="status">Reading the earlier workshops…</p> : null;
  return (
    <section aria-labelledby="report-since" className="report__section">
      <h3 id="report-since">Since last time</h3>
      <p>
        Compared with {since.earlier.title}
        {since.earlier.date ? ` (${since.earlier.date})` : ''}; the Then and now tab of the diagnostic has every figure.
      </p>
      <Table compact caption="Levels then and now" columns={['Team', 'Then', 'Now', 'Change']}>
        {since.levels.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            <td>{standing(row.then)}</td>
            <td>{standing(row.now)}</td>
            <td>{signed(row.change)}</td>
          </tr>
        ))}
      </Table>
      {since.trend && <SvgChart svg={since.trend.chart} />}
    </section>
  );
}

export function ReportView() {
  const doc = useAppStore((s) => s.current);
  const { state: chain } = useEarlierChain();
  const earlier = chain.status === 'ready' ? chain.chain.earlier : null;
  const model = useMemo(() => (doc ? buildReport(doc, { today: todayIso(), earlier: earlier ?? [] }) : null), [doc, earlier]);
  if (!doc || !model) return null;

  return (
    <section className="report" aria-labelledby="report-title">
      <h2 id="report-title" className="section-title">
        Report and export
      </h2>
      <ExportPanel workshopId={doc.id} />
      <Summary model={model} />

      {model.diagnostic.counted > 0 && (
        <section aria-labelledby="report-diagnostic" className="report__section">
          <h3 id="report-diagnostic">Diagnostic</h3>
          <SvgChart svg={model.diagnostic.charts.ladder} />
          <SvgChart svg={model.diagnostic.charts.subscores} />
        </section>
      )}
      <SinceLastTime model={model} loading={chain.status === 'loading'} />

      <section aria-labelledby="report-actions" className="report__section">
        <h3 id="report-actions">Action plan</h3>
        {model.actions.length === 0 ? (
          <p className="muted">No actions yet.</p>
        ) : (
          <Table compact caption="Actions" columns={['#', 'Action', 'Owner', 'Team', 'Due', 'Status', 'Success metric', 'Priority']}>
            {model.actions.map((a) => (
              <tr key={a.id}>
                <td>{a.number}</td>
                <td>{a.title}</td>
                <td>{a.owner || '—'}</td>
                <td>{a.team}</td>
                <td>{a.due || '—'}</td>
                <td>
                  {a.status}
                  {a.pastDue && (
                    <strong>
                      {' '}
                      <span aria-hidden="true">⚠</span> Overdue
                    </strong>
                  )}
                </td>
                <td>{a.metric || '—'}</td>
                <td>{a.priority}</td>
              </tr>
            ))}
          </Table>
        )}
      </section>

      <section aria-labelledby="report-next" className="report__section">
        <h3 id="report-next">Next steps</h3>
        <ul>
          {model.nextSteps.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>
      <p className="attribution">{model.method.attribution}</p>
    </section>
  );
}
