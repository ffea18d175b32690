// Checks for the room screen (presenter): nothing wider or taller than its box unless the box is
// an explicit scroller, and no text smaller than the readable minimum (1/30 of the screen height,
// shared/presenter/layout.ts). Returns readable problems, empty when all is well.
import type { Page } from '@playwright/test';
import { MIN_TEXT_SHARE_OF_HEIGHT } from '../../../shared/presenter/layout';

export async function roomScreenProblems(page: Page, root = '.pstage'): Promise<string[]> {
  return page.evaluate(
    ({ selector, minShare }) => {
      const problems: string[] = [];
      const stage = document.querySelector<HTMLElement>(selector);
      if (!stage) return [`no ${selector} on the page`];
      const minText = window.innerHeight * minShare - 0.5;
      const name = (el: Element) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
      const scroller = (el: Element) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowY);
      // Only a box that clips can cut its content off; elsewhere tall glyphs may poke out harmlessly.
      const clips = (el: Element) => ['hidden', 'clip'].includes(getComputedStyle(el).overflowY);
      // Deliberately clamped to three lines; the full prompt is on the facilitator's screen.
      // The hidden copy of a paged table that is measured, never shown.
      const clamped = (el: Element) => el.closest('.pstage__prompt, [data-measure]') !== null;
      const stageBox = stage.getBoundingClientRect();
      if (stageBox.right > window.innerWidth + 1 || stageBox.bottom > window.innerHeight + 1) problems.push('the stage is larger than the window');
      for (const el of [stage, ...stage.querySelectorAll<HTMLElement>('*')]) {
        if (el instanceof SVGElement && !(el instanceof SVGSVGElement)) continue;
        if (clamped(el)) continue;
        if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).display !== 'inline') problems.push(`wider than its box: ${name(el)} (${el.scrollWidth} > ${el.clientWidth})`);
        if (el.scrollHeight > el.clientHeight + 1 && clips(el) && !scroller(el) && !el.querySelector(':scope > [data-measure]')) problems.push(`cut off at the bottom: ${name(el)} (${el.scrollHeight} > ${el.clientHeight})`);
        const box = el.getBoundingClientRect();
        if (box.width > 0 && (box.right > stageBox.right + 1 || box.left < stageBox.left - 1)) problems.push(`outside the screen: ${name(el)}`);
        const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
        if (ownText && !(el instanceof SVGElement)) {
          const size = parseFloat(getComputedStyle(el).fontSize);
          if (size < minText) problems.push(`text smaller than ${minText.toFixed(1)} px: ${name(el)} at ${size} px`);
        }
      }
      return problems;
    },
    { selector: root, minShare: MIN_TEXT_SHARE_OF_HEIGHT },
  );
}
