// Heads against staff, per team: shown when a team has counted answers from both. Group figures
// only, never who is a head; in an anonymous workshop only groups big enough that no one's own
// answers show (visibleRoleSplits).
import { useMemo } from 'react';
import { formatGap, formatSigned } from '../../../shared/diagnostic/formatGap';
import { TEAM_LABELS } from '../../../shared/diagnostic/model';
import { visibleRoleSplits, withheldSplitNote } from '../../../shared/diagnostic/roleSplit';
import { STATEMENTS } from '../../../shared/diagnostic/statements';
import { Table } from '../components/Table';
import { useAnonymous, useDiagnosticState } from './useDiagnostic';

export function RoleSplitPanel() {
  const { participants } = useDiagnosticState();
  const anonymous = useAnonymous();
  const { shown: splits, withheld } = useMemo(() => visibleRoleSplits(participants, { anonymous }), [participants, anonymous]);
  const note = withheldSplitNote(withheld);
  if (splits.length === 0 && !note) return null;
  return (
    <section aria-labelledby="role-split-title">
      <h3 id="role-split-title">Heads and staff</h3>
      {note && <p>{note}</p>}
      {splits.length > 0 && <p className="muted">How each team's heads see the relationship against their staff (staff − heads; a level apart is a finding in itself).</p>}
      {splits.length > 0 && (
        <Table caption="Heads' and staff's scores per team" columns={['Team', 'Heads', 'Staff', 'Difference (staff − heads)']}>
          {splits.map((s) => (
            <tr key={s.team}>
              <th scope="row">{TEAM_LABELS[s.team]}</th>
              <td>
                {s.heads.mean.toFixed(1)} {s.heads.level} ({s.heads.n} counted)
              </td>
              <td>
                {s.staff.mean.toFixed(1)} {s.staff.level} ({s.staff.n} counted)
              </td>
              <td>
                {formatSigned(s.difference, 1, { minus: '-' })}
                {s.levelsDiffer ? ', a different level' : ''}
              </td>
            </tr>
          ))}
        </Table>
      )}
      {splits.map((s) => (
        <div key={s.team}>
          <h4>{TEAM_LABELS[s.team]}: where heads and staff differ most</h4>
          {s.statements.length === 0 ? (
            <p>Heads and staff answered every statement alike on average.</p>
          ) : (
            <Table compact caption={`${TEAM_LABELS[s.team]}: statements where heads and staff differ most`} columns={['Statement', 'Heads', 'Staff', 'Difference']}>
              {s.statements.map((d) => (
                <tr key={d.statement}>
                  <th scope="row">
                    {d.statement}. {STATEMENTS[d.statement - 1]!.short}
                  </th>
                  <td>{d.heads.toFixed(2)}</td>
                  <td>{d.staff.toFixed(2)}</td>
                  <td>{formatGap(d.difference, { minus: '-' })}</td>
                </tr>
              ))}
            </Table>
          )}
        </div>
      ))}
    </section>
  );
}
