// Puts a freshly built screen in place of the old one, keeping where the person was: the focused
// control (by its key) and the caret in a text box survive, so a live update never steals typing.

export function render(root: HTMLElement, screen: Node): void {
  const active = document.activeElement as HTMLElement | null;
  const key = active && root.contains(active) ? active.dataset.key : undefined;
  const field = active instanceof HTMLTextAreaElement || active instanceof HTMLInputElement ? active : null;
  const selection = field && field.selectionStart !== null ? [field.selectionStart, field.selectionEnd ?? field.selectionStart] : null;
  const scroll = window.scrollY;
  root.replaceChildren(screen);
  if (key) {
    const again = root.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
    if (again) {
      again.focus({ preventScroll: true });
      if (selection && (again instanceof HTMLTextAreaElement || again instanceof HTMLInputElement)) {
        try {
          again.setSelectionRange(selection[0]!, selection[1]!);
        } catch {
          // Inputs without a caret (radio, checkbox) have no selection to restore.
        }
      }
    }
  }
  window.scrollTo(0, scroll);
}

/** Moves focus to the screen's heading when the screen itself changes, so a screen reader reads it. */
export function focusHeading(root: HTMLElement): void {
  const heading = root.querySelector<HTMLElement>('h1');
  heading?.focus({ preventScroll: false });
}
