// The diagnostic on the room screen, revealed as the facilitator chooses: first how many answers
// are in, then the levels, then the perception gaps, then the sub-scores. Never a name: the scene
// holds none (shared/presenter/scene.ts). Charts come from shared/charts/.
import { useEffect } from 'react';
import { levelLadderSvg } from '../../../shared/charts/levelLadder';
import { subscoresSvg } from '../../../shared/charts/statementCharts';
import type { ChartTheme } from '../../../shared/charts/theme';
import { formatGap } from '../../../shared/diagnostic/formatGap';
import type { SceneDiagnostic } from '../../../shared/presenter/scene';
import { SvgChart } from '../components/SvgChart';
import { PagedTable } from './PagedTable';

/** Charts are drawn narrow and scaled up, so their 14–20 px labels land at room-readable sizes. */
const CHART_WIDTH = 640;

function Levels({ levels, theme }: { levels: NonNullable<SceneDiagnostic['levels']>; theme: ChartTheme }) {
  const cards = [
    { key: 'sales', label: 'Sales', mean: levels.sales?.mean ?? null, level: levels.sales?.level ?? null },
    { key: 'marketing', label: 'Marketing', mean: levels.marketing?.mean ?? null, level: levels.marketing?.level ?? null },
    { key: 'overall', label: 'Overall', mean: levels.overall.mean, level: levels.overall.level },
    { key: 'target', label: 'Target', mean: null, level: levels.target },
  ];
  return (
    <section className="pdiag__step pdiag__levels" aria-label="Levels">
      <ul className="pscores">
        {cards.map((c) => (
          <li key={c.key} className={`pscore pscore--${c.key}`}>
            <span className="pscore__label">{c.label}</span>
            {c.mean !== null && <span className="pscore__mean">{c.mean.toFixed(1)}</span>}
            <span className="pscore__level">{c.level ?? 'No level yet'}</span>
          </li>
        ))}
      </ul>
      <SvgChart
        className="pchart"
        svg={levelLadderSvg(
          { sales: levels.sales?.mean, marketing: levels.marketing?.mean, overall: levels.overall.mean, other: levels.other?.mean, target: levels.target },
          { theme, width: CHART_WIDTH },
        )}
      />
    </section>
  );
}

function Gaps({ gaps, page, onPages }: { gaps: NonNullable<SceneDiagnostic['gaps']>; page: number; onPages(n: number): void }) {
  if (gaps.length === 0) return <p className="pdiag__step">No statement differs by 1.00 or more between the teams.</p>;
  const columns = [{ label: 'Where the teams see it differently' }, { label: 'Sales', tight: true }, { label: 'Marketing', tight: true }, { label: 'Gap', tight: true }];
  const rows = gaps.map((g) => (
    <tr key={g.statement}>
      <th scope="row">
        {g.statement}. {g.short}
      </th>
      <td className="ptable__tight">{g.sales.toFixed(2)}</td>
      <td className="ptable__tight">{g.marketing.toFixed(2)}</td>
      <td className="ptable__tight">{formatGap(g.gap)}</td>
    </tr>
  ));
  return <PagedTable label="Perception gaps, largest first" columns={columns} rows={rows} page={page} onPages={onPages} />;
}

export interface PresenterDiagnosticProps {
  diagnostic: SceneDiagnostic;
  theme: ChartTheme;
  page: number;
  onPages(count: number): void;
}

export function PresenterDiagnostic({ diagnostic, theme, page, onPages }: PresenterDiagnosticProps) {
  const { counted, levels, gaps, subscores } = diagnostic;
  const answered = counted.sales + counted.marketing + counted.other;
  const showingGaps = gaps !== null && subscores === null;
  useEffect(() => {
    if (!showingGaps) onPages(1);
  }, [showingGaps, onPages]);
  return (
    <div className={`pdiag pdiag--${diagnostic.reveal}`}>
      {diagnostic.reveal === 'none' && (
        <p className="pdiag__waiting">
          {answered === 0
            ? 'Answers are being collected.'
            : `Answers in: ${counted.sales} from sales, ${counted.marketing} from marketing${counted.other ? `, ${counted.other} from others` : ''}. Results in a moment.`}
        </p>
      )}
      {levels && !gaps && <Levels levels={levels} theme={theme} />}
      {showingGaps && <Gaps gaps={gaps} page={page} onPages={onPages} />}
      {subscores && <SvgChart className="pchart" svg={subscoresSvg({ subscores }, { theme, width: CHART_WIDTH })} />}
    </div>
  );
}
