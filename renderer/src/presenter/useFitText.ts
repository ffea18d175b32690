// Shrink-to-fit for the room screen: finds the largest text size, between the largest and the
// smallest readable one (shared/presenter/layout.ts), at which every box marked `data-fit` shows
// all its content. Says whether even the smallest size fits, so the caller can
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
      const fitsAt = (size: number) => {
        root.style.setProperty('--fit-size', `${size}px`);
        return allFit(root);
      };
      // Few layouts, however full the board: the largest size, then the smallest, then halving
      // the gap between the largest known to fit and the smallest known not to.
      if (fitsAt(max)) return setFits(true);
      if (!fitsAt(min)) return setFits(false);
      let fitting = min;
      let failing = max;
      while (failing - fitting > 1) {
        const middle = Math.floor((fitting + failing) / 2);
        if (fitsAt(middle)) fitting = middle;
        else failing = middle;
      }
      fitsAt(fitting);
      setFits(true);
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(root);
    return () => observer.disconnect();
  }, [ref, key]);
  return fits;
}
