import { scaleBand, scaleLinear } from "d3-scale";

import { ChartDataTable } from "./chart-data-table";
import { ValueAxis } from "./value-axis";

export type Bar = { label: string; value: number };

type Props = { title: string; summary: string; bars: Bar[]; categoryLabel: string; valueLabel: string; width?: number; height?: number };

const MARGIN = { top: 12, right: 12, bottom: 28, left: 40 };

/** Vertical bars as static SVG (rendered on the server), with a one-sentence summary and the data table as its text alternative. */
export function BarChart({ title, summary, bars, categoryLabel, valueLabel, width = 640, height = 220 }: Props) {
  const x = scaleBand()
    .domain(bars.map((b) => b.label))
    .range([MARGIN.left, width - MARGIN.right])
    .padding(0.15);
  const y = scaleLinear()
    .domain([0, Math.max(1, ...bars.map((b) => b.value))])
    .nice()
    .range([height - MARGIN.bottom, MARGIN.top]);
  const id = title.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  return (
    <figure className="chart">
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-summary`} className="chart__svg">
        <ValueAxis y={y} left={MARGIN.left} right={width - MARGIN.right} />
        {bars.map((b) => (
          <g key={b.label}>
            <rect x={x(b.label)} y={y(b.value)} width={x.bandwidth()} height={y(0) - y(b.value)} className="chart__bar" />
            <text x={(x(b.label) ?? 0) + x.bandwidth() / 2} y={height - 8} textAnchor="middle" className="chart__tick">
              {b.label}
            </text>
          </g>
        ))}
      </svg>
      <p id={`${id}-summary`} className="field__hint">
        {summary}
      </p>
      <ChartDataTable caption={title} columns={[categoryLabel, valueLabel]} rows={bars.map((b) => [b.label, b.value])} />
    </figure>
  );
}
