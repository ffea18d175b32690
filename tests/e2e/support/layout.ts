// Checks that a screen fits its window: the page never scrolls sideways, nothing is cut off by
// the edge of the window or of a box that hides overflow (ellipsis included), and an open
// dialog's main button is in view. Areas that scroll sideways on purpose (a board's areas, the
// diagnostic grid's scroller) may hold wider content. Each check keeps a screenshot in
// test-results/layout/ to look at.
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { projectRoot } from './browserMode';

export const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

interface Problem {
  what: string;
  element: string;
}

/** Runs in the page: the elements that do not fit, described by tag, classes and text. */
function findProblems(): Problem[] {
  const describe = (el: Element) => {
    const classes = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return `${el.tagName.toLowerCase()}${classes} “${text}”`;
  };
  const problems: Problem[] = [];
  const root = document.documentElement;
  // The screen scrolls inside the window, below the top bar and above the status line.
  for (const page of [root, document.querySelector<HTMLElement>('.app__content')]) {
    if (page && page.scrollWidth > page.clientWidth + 1) problems.push({ what: `the page scrolls sideways (${page.scrollWidth} px wide in ${page.clientWidth})`, element: page.className || 'html' });
  }
  const viewportRight = root.clientWidth;
  const dialog = document.querySelector('dialog[open]');
  const scope = dialog ?? document.body;
  for (const el of scope.querySelectorAll<HTMLElement>('*')) {
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || el.closest('.visually-hidden, [aria-hidden="true"] svg')) continue;
    // Text cut short by an ellipsis, or content wider than a box that hides it.
    // (A text field scrolls its own text, so a long value is not cut off.)
    const field = el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement;
    if (!field && (style.overflowX === 'hidden' || style.overflowX === 'clip') && el.scrollWidth > el.clientWidth + 1 && el.tagName !== 'svg') {
      problems.push({ what: `content cut off (${el.scrollWidth} px in ${el.clientWidth})`, element: describe(el) });
    }
    // Inside a sideways scroller, anything may be wider than the window.
    let scroller: HTMLElement | null = el.parentElement;
    while (scroller && scroller !== document.body && !scroller.classList.contains('app__content')) {
      const overflow = getComputedStyle(scroller).overflowX;
      if (overflow === 'auto' || overflow === 'scroll') break;
      scroller = scroller.parentElement;
    }
    if (scroller && scroller !== document.body && !scroller.classList.contains('app__content')) continue;
    if (rect.right > viewportRight + 1 && style.position !== 'fixed') {
      problems.push({ what: `reaches ${Math.round(rect.right)} px, past the window's ${viewportRight}`, element: describe(el) });
    }
  }
  if (dialog) {
    const main = dialog.querySelector<HTMLElement>('.form__actions [type="submit"], .form__actions .button--primary, .button--primary');
    if (main) {
      const rect = main.getBoundingClientRect();
      const box = dialog.getBoundingClientRect();
      if (rect.bottom > window.innerHeight + 1 || rect.top < -1 || rect.bottom > box.bottom + 1 || rect.top < box.top - 1) {
        problems.push({ what: `main button out of view (top ${Math.round(rect.top)}, bottom ${Math.round(rect.bottom)}, window ${window.innerHeight})`, element: describe(main) });
      }
    }
  }
  // One line per element is enough.
  return problems.filter((p, i) => problems.findIndex((q) => q.element === p.element) === i).slice(0, 15);
}

/** Fails with a list of what does not fit; keeps a screenshot named after the screen. */
export async function expectFits(page: Page, screen: string): Promise<void> {
  const size = page.viewportSize()!;
  const file = path.join(projectRoot, 'test-results', 'layout', `${size.width}x${size.height}`, `${screen.replace(/[^\w-]+/g, '-')}.png`);
  await page.screenshot({ path: file });
  const problems = await page.evaluate(findProblems);
  expect.soft(problems.map((p) => `${screen} at ${size.width}×${size.height}: ${p.element}: ${p.what}`)).toEqual([]);
}
