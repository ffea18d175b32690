// The relay handoff map: per buying stage, what marketing and sales do, who owns it and whether
// it is an exchange zone where both run together; then the lead definitions, the follow-up service
// level and what happens to leads sales hands back.
import { updateHandoff, addStage, removeStage, renameStage } from '../../../shared/agenda/edits';
import { STAGE_OWNERS, STAGE_OWNER_LABELS, updateStage, type HandoffMap } from '../../../shared/agenda/handoff';
import type { Activity } from '../../../shared/agenda/schema';
import { ChoiceSelect } from '../components/ChoiceSelect';
import { CommitField } from '../components/CommitField';
import { newItemId, useEditAgenda } from './useWorkshop';

export function HandoffMapView({ activity }: { activity: Activity }) {
  const editAgenda = useEditAgenda();
  const map = activity.handoff;
  if (!map) return null;
  const edit = (change: (m: HandoffMap) => HandoffMap) => editAgenda((a) => updateHandoff(a, activity.id, change));
  const editActivity = (change: (a: Activity) => Activity) => editAgenda((agenda) => agenda.map((a) => (a.id === activity.id ? change(a) : a)));

  return (
    <section className="handoff" aria-labelledby={`handoff-${activity.id}`}>
      <h3 id={`handoff-${activity.id}`}>Handoff map</h3>
      <div className="table-scroller">
        <table className="handoff__table">
          <thead>
            <tr>
              <th scope="col">Stage</th>
              {map.stages.map((stage) => (
                <th key={stage.id} scope="col" className={stage.exchangeZone ? 'is-exchange' : undefined}>
                  <div className="handoff__stage-head">
                    <CommitField label="Stage name" value={stage.name} onCommit={(name) => editActivity((a) => renameStage(a, stage.id, name))} />
                    <button type="button" className="button button--quiet button--small" aria-label={`Remove stage ${stage.name}`} onClick={() => editActivity((a) => removeStage(a, stage.id))}>
                      ×
                    </button>
                  </div>
                </th>
              ))}
              <th scope="col">
                <button type="button" className="button button--small" onClick={() => editActivity((a) => addStage(a, { id: newItemId(), name: 'New stage' }))}>
                  + Stage
                </button>
              </th>
            </tr>
          </thead>
          <tbody>
            {(['marketing', 'sales'] as const).map((team) => (
              <tr key={team}>
                <th scope="row">{team === 'marketing' ? 'Marketing does' : 'Sales does'}</th>
                {map.stages.map((stage) => (
                  <td key={stage.id} className={stage.exchangeZone ? 'is-exchange' : undefined}>
                    <CommitField
                      multiline
                      label={`${stage.name}: what ${team} does`}
                      value={stage[team]}
                      onCommit={(value) => edit((m) => updateStage(m, stage.id, { [team]: value }))}
                    />
                  </td>
                ))}
              </tr>
            ))}
            <tr>
              <th scope="row">Owner</th>
              {map.stages.map((stage) => (
                <td key={stage.id} className={stage.exchangeZone ? 'is-exchange' : undefined}>
                  <ChoiceSelect
                    label={`${stage.name}: owner`}
                    value={stage.owner}
                    options={STAGE_OWNERS}
                    labels={STAGE_OWNER_LABELS}
                    onChange={(owner) => edit((m) => updateStage(m, stage.id, { owner }))}
                  />
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">Exchange zone</th>
              {map.stages.map((stage) => (
                <td key={stage.id} className={stage.exchangeZone ? 'is-exchange' : undefined}>
                  <label className="checkbox">
                    <input
                      type="checkbox"
                      checked={stage.exchangeZone}
                      onChange={(e) => edit((m) => updateStage(m, stage.id, { exchangeZone: e.target.checked }))}
                    />
                    Both run together
                  </label>
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>

      <div className="handoff__agreements">
        {(
          [
            ['mqlDefinition', 'A marketing-qualified lead is…'],
            ['sqlDefinition', 'A sales-qualified lead is…'],
            ['followUpNotes', 'Follow-up service level'],
            ['returnedLeads', 'Leads sales hands back go…'],
          ] as const
        ).map(([field, label]) => (
          <div key={field} className="field">
            <span className="field__label">{label}</span>
            <CommitField multiline label={label} value={map[field]} onCommit={(value) => edit((m) => ({ ...m, [field]: value }))} />
          </div>
        ))}
        <div className="field">
          <span className="field__label">Hours to first contact</span>
          <CommitField
            label="Hours to first contact"
            value={map.followUpHours === null ? '' : String(map.followUpHours)}
            inputProps={{ inputMode: 'numeric' }}
            onCommit={(value) => {
              const hours = value.trim() === '' ? null : Number(value);
              if (hours === null || (Number.isInteger(hours) && hours >= 0 && hours <= 720)) edit((m) => ({ ...m, followUpHours: hours }));
            }}
          />
        </div>
      </div>
    </section>
  );
}
