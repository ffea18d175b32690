// Single-key shortcuts that work in both shells (browsers reserve Ctrl+N, so plain keys are used
// outside text fields; the Electron menu adds the Ctrl/Cmd accelerators for the same commands).
import type { AppCommand } from '../../../shared/ipc/commands';

/** Input types a person types text into; a checkbox, radio, range or button takes no text. */
const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', 'date', 'time', 'datetime-local', 'month', 'week']);

/**
 * Whether a key pressed here is text for the control rather than a shortcut. Only text entry
 * counts: after a click on a checkbox, radio, button or select the single-key shortcuts still
 * work (they once went to the clicked control, and a private note typed after them was lost).
 */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(target.type);
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
