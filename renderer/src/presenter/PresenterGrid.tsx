// Cells laid out to fill the room screen (a board's areas, the handoff map's stages) in the grid
// shared/presenter/layout.ts picks, their text shrunk to fit but never below the readable
// minimum; when even that does not fit, the caller shows one cell a page instead (onTooFull).
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { areaGrid } from '../../../shared/presenter/layout';
import { useFitText } from './useFitText';

function useWindowSize() {
  const [size, setSize] = useState(() => ({ width: window.innerWidth, height: window.innerHeight }));
  useEffect(() => {
    const onResize = () => setSize({ width: window.innerWidth, height: window.innerHeight });
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return size;
}

export interface GridCell {
  key: string;
  node: ReactNode;
}

/** All cells at once; `fitKey` changes when the content does, to fit again. */
export function PresenterGrid({ cells, fitKey, onTooFull }: { cells: GridCell[]; fitKey: unknown; onTooFull(): void }) {
  const ref = useRef<HTMLDivElement>(null);
  const { width, height } = useWindowSize();
  const grid = areaGrid(cells.length, width, height);
  const fits = useFitText(ref, fitKey);
  useEffect(() => {
    if (!fits) onTooFull();
  }, [fits, onTooFull]);
  return (
    <div
      ref={ref}
      className="pgrid"
      style={{ gridTemplateColumns: `repeat(${grid.columns}, minmax(0, 1fr))`, gridTemplateRows: `repeat(${grid.rows}, auto)` }}
    >
      {cells.map((cell) => (
        <div key={cell.key} className="pgrid__cell">
          {cell.node}
        </div>
      ))}
    </div>
  );
}

/** One cell filling the screen, as a page of a grid too full to show whole. */
export function PresenterCell({ children, fitKey }: { children: ReactNode; fitKey: unknown }) {
  const ref = useRef<HTMLDivElement>(null);
  const fits = useFitText(ref, fitKey);
  return (
    <div ref={ref} className={`pgrid pgrid--single${fits ? '' : ' pgrid--scroll'}`}>
      <div className="pgrid__cell">{children}</div>
    </div>
  );
}
