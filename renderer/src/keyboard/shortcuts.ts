// Single-key shortcuts that work in both shells (browsers reserve Ctrl+N, so plain keys are used
// outside text fields; the Electron menu adds the Ctrl/Cmd accelerators for the same commands).
import type { AppCommand } from '../../../shared/ipc/commands';

export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function commandForKey(event: KeyboardEvent): AppCommand | null {
  if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return null;
  if (document.querySelector('dialog[open]')) return null;
  switch (event.key) {
    case 'n':
    case 'N':
      return 'new-workshop';
    case 'h':
    case 'H':
      return 'go-home';
    default:
      return null;
  }
}
