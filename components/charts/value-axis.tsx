import type { ScaleLinear } from "d3-scale";

type Props = { y: ScaleLinear<number, number>; left: number; right: number; ticks?: number; gridClass?: string; labelClass?: string };

/** Horizontal grid lines with their values along the left edge, shared by every chart. */
export function ValueAxis({ y, left, right, ticks = 4, gridClass = "chart__grid", labelClass = "chart__tick" }: Props) {
  return (
    <>
      {y.ticks(ticks).map((t) => (
        <g key={t}>
          <line x1={left} x2={right} y1={y(t)} y2={y(t)} className={gridClass} />
          <text x={left - 6} y={y(t)} dy="0.32em" textAnchor="end" className={labelClass}>
            {t}
          </text>
        </g>
      ))}
    </>
  );
}
