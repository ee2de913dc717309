import { scaleLinear, scaleUtc } from "d3-scale";
import { line } from "d3-shape";

import { ChartDataTable } from "./chart-data-table";
import { ValueAxis } from "./value-axis";

export type LinePoint = { date: Date; value: number };

type Props = { title: string; summary: string; points: LinePoint[]; valueLabel: string; width?: number; height?: number };

const MARGIN = { top: 12, right: 16, bottom: 28, left: 44 };
const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

/** A line over time as static SVG (rendered on the server), with a one-sentence summary and the data table as its text alternative. */
export function LineChart({ title, summary, points, valueLabel, width = 640, height = 220 }: Props) {
  const x = scaleUtc()
    .domain([points[0]!.date, points[points.length - 1]!.date])
    .range([MARGIN.left, width - MARGIN.right]);
  const y = scaleLinear()
    .domain([0, Math.max(1, ...points.map((p) => p.value))])
    .nice()
    .range([height - MARGIN.bottom, MARGIN.top]);
  const path = line<LinePoint>()
    .x((p) => x(p.date))
    .y((p) => y(p.value))(points);
  const id = title.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  return (
    <figure className="chart">
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-summary`} className="chart__svg">
        <ValueAxis y={y} left={MARGIN.left} right={width - MARGIN.right} />
        {x.ticks(5).map((t) => (
          <text key={t.toISOString()} x={x(t)} y={height - 8} textAnchor="middle" className="chart__tick">
            {day.format(t)}
          </text>
        ))}
        <path d={path ?? ""} className="chart__line" />
        {points.map((p) => (
          <circle key={p.date.toISOString()} cx={x(p.date)} cy={y(p.value)} r={3} className="chart__point" />
        ))}
      </svg>
      <p id={`${id}-summary`} className="field__hint">
        {summary}
      </p>
      <ChartDataTable caption={title} columns={["Day", valueLabel]} rows={points.map((p) => [p.date.toISOString().slice(0, 10), p.value])} />
    </figure>
  );
}
