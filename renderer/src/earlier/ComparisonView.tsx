// Then and now against the earlier workshop: each team's and the overall level, the sub-scores,
// the perception gaps closed and opened, and the statements whose gap moved most. Every figure and
// change comes from compareScored (shared/compare), arranged by comparisonRows as in the PDF and `baton compare`.
import { useMemo, useState } from 'react';
import { gapRows, levelRows, subscoreTeams, type GapRow } from '../../../shared/compare/comparisonRows';
import { compareScored } from '../../../shared/compare/compareWorkshops';
import { formatGap, formatSigned } from '../../../shared/diagnostic/formatGap';
import { TEAM_LABELS, type DiagnosticParticipant, type DiagnosticTeam } from '../../../shared/diagnostic/model';
import { scoreDiagnostic } from '../../../shared/diagnostic/score';
import { STATEMENTS, STATEMENT_GROUPS } from '../../../shared/diagnostic/statements';
import { formatDay } from '../../../shared/format/dates';
import { Table } from '../components/Table';

export interface DiagnosedSide {
  title: string;
  date: string;
  diagnostic: { participants: readonly DiagnosticParticipant[] };
}

/** The statements that moved most, before "Show all". */
export const MOVED_SHOWN = 5;

const statementName = (n: number) => `${n}. ${STATEMENTS[n - 1]!.short}`;
const mean = (value: number | null | undefined) => (value == null ? '—' : value.toFixed(1));
const twoDecimals = (value: number | null | undefined) => (value == null ? '—' : value.toFixed(2));
const change = (value: number | null | undefined, decimals: number) => (value == null ? '' : formatSigned(value, decimals));

function direction(value: number | null | undefined): string {
  return value == null ? 'none' : value > 0 ? 'up' : value < 0 ? 'down' : 'same';
}

/** Gaps closed or opened, each with its gap then → now. */
function GapList({ id, title, rows, empty }: { id: string; title: string; rows: GapRow[]; empty: string }) {
  return (
    <section aria-labelledby={id}>
      <h4 id={id}>{title}</h4>
      {rows.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="then-now__gap-list">
          {rows.map((row) => (
            <li key={row.statement}>
              {row.statement}. {row.short}: {formatGap(row.earlier)} → {formatGap(row.later)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function ComparisonView({ earlier, later }: { earlier: DiagnosedSide; later: DiagnosedSide }) {
  const [showAll, setShowAll] = useState(false);
  const then = useMemo(() => scoreDiagnostic(earlier.diagnostic.participants), [earlier.diagnostic.participants]);
  const now = useMemo(() => scoreDiagnostic(later.diagnostic.participants), [later.diagnostic.participants]);
  const comparison = useMemo(() => compareScored({ date: earlier.date, result: then }, { date: later.date, result: now }), [earlier.date, then, later.date, now]);
  const teams = subscoreTeams(comparison);
  const { moved } = comparison.change.gaps;
  const { closed, opened } = gapRows(comparison);
  const shownMoves = showAll ? moved : moved.slice(0, MOVED_SHOWN);
  // The summaries always list sales and marketing; the screen leaves out a team neither workshop counted.
  const cards = levelRows(comparison).filter((row) => row.key === 'overall' || teams.includes(row.key));
  const earlierName = `${earlier.title}${earlier.date ? ` (${formatDay(earlier.date)})` : ''}`;

  return (
    <section className="comparison" aria-labelledby="comparison-title">
      <h3 id="comparison-title">Since {earlierName}</h3>
      {Object.keys(comparison.later.teams).length === 0 && (
        <p className="empty-note">No one is counted in this workshop’s diagnostic yet: the “now” figures fill in as the room answers.</p>
      )}
      {Object.keys(comparison.earlier.teams).length === 0 && <p className="empty-note">No one was counted in the earlier workshop’s diagnostic, so there is nothing to compare with.</p>}
      <ul className="then-now__cards" aria-label="Levels then and now">
        {cards.map((c) => (
          <li key={c.key} className={`score-card score-card--${c.key}`}>
            <span className="score-card__label">{c.label}</span>
            <span className="then-now-card__means">
              <span className="visually-hidden">then </span>
              {mean(c.then?.mean)} → <span className="visually-hidden">now </span>
              {mean(c.now?.mean)}
            </span>
            <span className="then-now-card__levels">
              {c.then?.level ?? 'no level'} → {c.now?.level ?? 'no level'}
            </span>
            <span className={`then-now-card__change then-now-card__change--${direction(c.change)}`}>
              {c.change == null ? (c.then?.mean == null ? 'not counted then' : 'not counted now') : `${formatSigned(c.change, 1)} points`}
            </span>
          </li>
        ))}
      </ul>

      {moved.length > 0 && (
        <div className="then-now__columns">
          <GapList id="gaps-closed-title" title="Gaps closed" rows={closed} empty="No perception gap of 1.00 or more has closed." />
          <GapList id="gaps-opened-title" title="Gaps opened" rows={opened} empty="No new perception gap of 1.00 or more." />
        </div>
      )}

      <section aria-labelledby="subscore-changes-title">
        <h4 id="subscore-changes-title">Sub-scores then and now</h4>
        {teams.length === 0 ? (
          <p className="muted">No team was counted in either workshop.</p>
        ) : (
          <Table compact caption="Sub-scores then and now, mean answer out of 5, with the change" columns={['Area', ...teams.map((t) => TEAM_LABELS[t])]}>
            {STATEMENT_GROUPS.map((g) => (
              <tr key={g.id}>
                <th scope="row">{g.name}</th>
                {teams.map((t: DiagnosticTeam) => (
                  <td key={t}>
                    {twoDecimals(then.subscores[t]?.[g.id])} → {twoDecimals(now.subscores[t]?.[g.id])}{' '}
                    <strong className="then-now__change">{change(comparison.change.subscores[t]?.[g.id], 2)}</strong>
                  </td>
                ))}
              </tr>
            ))}
          </Table>
        )}
      </section>

      <section aria-labelledby="moved-title">
        <h4 id="moved-title">Statements whose gap moved most</h4>
        {moved.length === 0 ? (
          <p className="muted">No gap between the teams to compare: sales and marketing must both have answered in both workshops.</p>
        ) : (
          <>
            <Table compact caption="Perception gaps (marketing − sales) then and now, largest change first" columns={['Statement', 'Gap then', 'Gap now', 'Change']}>
              {shownMoves.map((m) => (
                <tr key={m.statement}>
                  <th scope="row">{statementName(m.statement)}</th>
                  <td>{formatGap(m.earlier)}</td>
                  <td>{formatGap(m.later)}</td>
                  <td>{formatGap(m.change)}</td>
                </tr>
              ))}
            </Table>
            {moved.length > MOVED_SHOWN && (
              <button type="button" className="button button--small" aria-expanded={showAll} onClick={() => setShowAll((v) => !v)}>
                {showAll ? `Show the ${MOVED_SHOWN} that moved most` : `Show all ${moved.length} statements`}
              </button>
            )}
          </>
        )}
      </section>
    </section>
  );
}
