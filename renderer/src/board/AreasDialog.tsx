// Editing a board's areas: rename, add, remove (its notes move to the first area) and reorder.
import { addArea, moveArea, removeArea, updateArea } from '../../../shared/board/edits';
import type { Board } from '../../../shared/board/schema';
import { CommitField } from '../components/CommitField';
import { Dialog } from '../components/Dialog';

export function AreasDialog({ board, edit, newId, onClose }: { board: Board; edit(change: (b: Board) => Board): void; newId(): string; onClose(): void }) {
  return (
    <Dialog title="Edit areas" description="Removing an area moves its notes to the first area; nothing is lost." onClose={onClose}>
      <ol className="areas-editor">
        {board.areas.map((area, i) => (
          <li key={area.id}>
            <CommitField label={`Area ${i + 1} title`} value={area.title} onCommit={(title) => edit((b) => updateArea(b, area.id, { title }))} />
            <button type="button" className="button button--small" disabled={i === 0} aria-label={`Move ${area.title} earlier`} onClick={() => edit((b) => moveArea(b, area.id, -1))}>
              ↑
            </button>
            <button
              type="button"
              className="button button--small"
              disabled={i === board.areas.length - 1}
              aria-label={`Move ${area.title} later`}
              onClick={() => edit((b) => moveArea(b, area.id, 1))}
            >
              ↓
            </button>
            <button
              type="button"
              className="button button--small button--danger-text"
              disabled={board.areas.length === 1}
              aria-label={`Remove ${area.title}`}
              onClick={() => edit((b) => removeArea(b, area.id))}
            >
              Remove
            </button>
          </li>
        ))}
      </ol>
      <div className="form__actions">
        <button type="button" className="button" onClick={() => edit((b) => addArea(b, { id: newId(), title: `Area ${b.areas.length + 1}` }))}>
          + Add area
        </button>
        <button type="button" className="button button--primary" onClick={onClose}>
          Done
        </button>
      </div>
    </Dialog>
  );
}
