// Results: levels per team and overall on the ladder, the perception gaps, per-statement bars,
// sub-scores, where a team is split, and who is not counted.
import { useState } from 'react';
import { levelLadderSvg } from '../../../shared/charts/levelLadder';
import { statementBarsSvg, subscoresSvg, type StatementOrder } from '../../../shared/charts/statementCharts';
import { formatGap } from '../../../shared/diagnostic/formatGap';
import { MIN_ANSWERED, STATEMENT_COUNT, TEAM_LABELS, type DiagnosticTeam } from '../../../shared/diagnostic/model';
import { STATEMENTS, STATEMENT_GROUPS } from '../../../shared/diagnostic/statements';
import { SvgChart } from '../components/SvgChart';
import { useResolvedTheme } from '../components/useAppliedTheme';
import { useDiagnosticAnalysis } from './useDiagnostic';
import { Table } from '../components/Table';
import { RoleSplitPanel } from './RoleSplitPanel';

export function ResultsPanel() {
  const { result, target } = useDiagnosticAnalysis();
  const theme = useResolvedTheme();
  const [order, setOrder] = useState<StatementOrder>('statement');
  const { teams, overall } = result;
  const notCounted = result.participants.filter((p) => !p.counted);
  const prorated = result.participants.filter((p) => p.prorated);

  if (!teams.sales && !teams.marketing && !teams.other) {
    return (
      <p className="empty-note">
        No results yet: a participant counts once they have answered at least {MIN_ANSWERED} of the {STATEMENT_COUNT} statements.
      </p>
    );
  }

  const cards: { key: string; label: string; mean: number | null; level: string | null; detail: string }[] = [
    ...(['sales', 'marketing'] as DiagnosticTeam[]).map((team) => ({
      key: team,
      label: TEAM_LABELS[team],
      mean: teams[team]?.mean ?? null,
      level: teams[team]?.level ?? null,
      detail: teams[team] ? `${teams[team].n} counted` : 'no complete answers',
    })),
    { key: 'overall', label: 'Overall', mean: overall.mean, level: overall.level, detail: 'sales and marketing weighted equally' },
    ...(teams.other ? [{ key: 'other', label: 'Other', mean: teams.other.mean, level: teams.other.level, detail: `${teams.other.n} counted, not in overall` }] : []),
  ];

  return (
    <div className="results">
      {overall.warning && (
        <p className="banner banner--warning" role="note">
          {overall.warning}
        </p>
      )}
      <ul className="score-cards" aria-label="Scores">
        {cards.map((c) => (
          <li key={c.key} className={`score-card score-card--${c.key}`}>
            <span className="score-card__label">{c.label}</span>
            <span className="score-card__mean">{c.mean === null ? '—' : c.mean.toFixed(1)}</span>
            <span className="score-card__level">{c.level ?? 'No level yet'}</span>
            <span className="score-card__detail">{c.detail}</span>
          </li>
        ))}
      </ul>

      <section aria-labelledby="ladder-title">
        <h3 id="ladder-title">Where the relationship stands</h3>
        <SvgChart
          svg={levelLadderSvg(
            { sales: teams.sales?.mean, marketing: teams.marketing?.mean, overall: overall.mean, other: teams.other?.mean, target },
            { theme },
          )}
        />
      </section>

      <section aria-labelledby="gaps-title">
        <h3 id="gaps-title">Perception gaps</h3>
        {result.gaps.length === 0 ? (
          <p>No statement differs by 1.00 or more between the teams.</p>
        ) : (
          <Table caption="Statements where the teams differ by 1.00 or more, largest first" columns={['Statement', 'Sales', 'Marketing', 'Gap (marketing − sales)']}>
            {result.gaps.map((g) => (
              <tr key={g.statement}>
                <th scope="row">
                  {g.statement}. {STATEMENTS[g.statement - 1]!.short}
                </th>
                <td>{g.sales.toFixed(2)}</td>
                <td>{g.marketing.toFixed(2)}</td>
                <td>{formatGap(g.gap, { minus: '-' })}</td>
              </tr>
            ))}
          </Table>
        )}
      </section>

      <RoleSplitPanel />

      <section aria-labelledby="statements-title">
        <div className="section-heading">
          <h3 id="statements-title">Statement by statement</h3>
          <div className="segmented" role="radiogroup" aria-label="Order statements">
            {(['statement', 'gap'] as const).map((o) => (
              <button key={o} type="button" role="radio" aria-checked={order === o} className="segmented__option" onClick={() => setOrder(o)}>
                {o === 'statement' ? 'In order' : 'Largest gap first'}
              </button>
            ))}
          </div>
        </div>
        <SvgChart svg={statementBarsSvg(result, { order, theme })} />
      </section>

      <section aria-labelledby="subscores-title">
        <h3 id="subscores-title">Sub-scores</h3>
        <SvgChart svg={subscoresSvg(result, { theme })} />
        <Table compact caption="Sub-scores, mean answer out of 5" columns={['Area', ...(Object.keys(result.subscores) as DiagnosticTeam[]).map((t) => TEAM_LABELS[t])]}>
          {STATEMENT_GROUPS.map((g) => (
            <tr key={g.id}>
              <th scope="row">{g.name}</th>
              {(Object.keys(result.subscores) as DiagnosticTeam[]).map((t) => (
                <td key={t}>{result.subscores[t]?.[g.id]?.toFixed(2) ?? '—'}</td>
              ))}
            </tr>
          ))}
        </Table>
      </section>

      <section aria-labelledby="splits-title">
        <h3 id="splits-title">Where a team is split</h3>
        {result.splits.length === 0 ? (
          <p>No team is split on any statement (spread of 1.2 or more among three or more answers).</p>
        ) : (
          <ul>
            {result.splits.map((s) => (
              <li key={`${s.team}-${s.statement}`}>
                {TEAM_LABELS[s.team]} is split on statement {s.statement} ({STATEMENTS[s.statement - 1]!.short}): spread {s.sd.toFixed(2)}.
              </li>
            ))}
          </ul>
        )}
      </section>

      {(notCounted.length > 0 || prorated.length > 0) && (
        <section aria-labelledby="counting-title">
          <h3 id="counting-title">Who is counted</h3>
          {notCounted.length > 0 && (
            <p>
              Not counted (fewer than {MIN_ANSWERED} answers): {notCounted.map((p) => `${p.label} (${p.answered}/${STATEMENT_COUNT})`).join(', ')}.
            </p>
          )}
          {prorated.length > 0 && (
            <p>
              Prorated to {STATEMENT_COUNT} statements: {prorated.map((p) => `${p.label} (${p.answered}/${STATEMENT_COUNT} → ${p.total})`).join(', ')}.
            </p>
          )}
        </section>
      )}
    </div>
  );
}
