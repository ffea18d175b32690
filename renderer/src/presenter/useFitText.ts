// Shrink-to-fit for the room screen: tries text sizes from the largest down to the smallest
// readable one (shared/presenter/layout.ts) and keeps the first at which every box marked
// `data-fit` shows all its content. Says whether even the smallest size fits, so the caller can
// fall back to a sparser layout instead of going below what the back row can read.
import { useLayoutEffect, useState, type RefObject } from 'react';
import { MAX_TEXT_SHARE_OF_HEIGHT, MIN_TEXT_SHARE_OF_HEIGHT } from '../../../shared/presenter/layout';

const SLACK = 1;

function overflows(box: HTMLElement): boolean {
  return box.scrollHeight > box.clientHeight + SLACK || box.scrollWidth > box.clientWidth + SLACK;
}

function allFit(root: HTMLElement): boolean {
  if (overflows(root)) return false;
  return [...root.querySelectorAll<HTMLElement>('[data-fit]')].every((box) => !overflows(box));
}

/** Sets `--fit-size` on the element and answers whether its content fits at some readable size. */
export function useFitText(ref: RefObject<HTMLElement | null>, key: unknown): boolean {
  const [fits, setFits] = useState(true);
  useLayoutEffect(() => {
    const root = ref.current;
    if (!root) return;
    const fit = () => {
      const height = root.ownerDocument.defaultView?.innerHeight ?? 720;
      const min = Math.round(height * MIN_TEXT_SHARE_OF_HEIGHT);
      const max = Math.round(height * MAX_TEXT_SHARE_OF_HEIGHT);
      for (let size = max; size >= min; size -= 2) {
        root.style.setProperty('--fit-size', `${size}px`);
        if (allFit(root)) return setFits(true);
      }
      root.style.setProperty('--fit-size', `${min}px`);
      setFits(allFit(root));
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(root);
    return () => observer.disconnect();
  }, [ref, key]);
  return fits;
}
