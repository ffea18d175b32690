// Shows a chart drawn by shared/charts/. The SVG is built from numbers and our own
// labels, with every text escaped there, so inserting it as markup cannot run anything.
import { memo } from 'react';

export const SvgChart = memo(function SvgChart({ svg, className }: { svg: string; className?: string }) {
  return <div className={`chart ${className ?? ''}`} dangerouslySetInnerHTML={{ __html: svg }} />;
});
