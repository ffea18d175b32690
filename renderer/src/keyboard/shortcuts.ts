// Single-key shortcuts that work in both shells (browsers reserve Ctrl+N, so plain keys are used
// outside text fields; the Electron menu adds the Ctrl/Cmd accelerators for the same commands).
import type { AppCommand } from '../../../shared/ipc/commands';

export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** In a workshop, N belongs to the board (a new note); elsewhere it starts a new workshop. */
export function commandForKey(event: KeyboardEvent, inWorkshop: boolean): AppCommand | null {
  if (document.querySelector('dialog[open]')) return null;
  const mod = event.ctrlKey || event.metaKey;
  const typing = isTypingTarget(event.target);
  // Undo and redo of the workshop; inside a text field the field's own undo applies.
  if (mod && !event.altKey && !typing) {
    const key = event.key.toLowerCase();
    if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
    if (key === 'y') return 'redo';
  }
  if (mod || event.altKey || typing) return null;
  switch (event.key) {
    case 'n':
    case 'N':
      return inWorkshop ? null : 'new-workshop';
    case 'h':
    case 'H':
      return 'go-home';
    case 'p':
    case 'P':
      return 'presenter';
    case ']':
      return 'next-activity';
    case '[':
      return 'previous-activity';
    case 't':
    case 'T':
      return 'toggle-timer';
    default:
      return null;
  }
}
