// Along three or more linked workshops: one trend chart per team (and overall), oldest first,
// drawn by shared/charts/trend.ts as in the PDF.
import { useMemo } from 'react';
import { trendSvg } from '../../../shared/charts/trend';
import { trendOf, TREND_MIN_WORKSHOPS } from '../../../shared/compare/trend';
import { SvgChart } from '../components/SvgChart';
import { useResolvedTheme } from '../components/useAppliedTheme';
import type { DiagnosedSide } from './ComparisonView';

export function TrendView({ later, earlier }: { later: DiagnosedSide; earlier: readonly DiagnosedSide[] }) {
  const theme = useResolvedTheme();
  const trend = useMemo(() => trendOf([later, ...earlier]), [later, earlier]);
  if (trend.workshops.length < TREND_MIN_WORKSHOPS) return null;
  return (
    <section aria-labelledby="trend-title" className="trend">
      <h3 id="trend-title">Over {trend.workshops.length} workshops</h3>
      <div className="trend__charts">
        {trend.series.map((s) => (
          <SvgChart key={s.key} svg={trendSvg(trend, { series: [s.key], theme, title: `${s.label} over time` })} />
        ))}
      </div>
    </section>
  );
}
