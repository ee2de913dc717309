import { scaleBand, scaleLinear } from "d3-scale";

import type { ForecastDay } from "@/lib/review/review-days";

import { ValueAxis } from "./value-axis";

const WIDTH = 420;
const HEIGHT = 160;
const MARGIN = { top: 16, right: 8, bottom: 28, left: 32 };

const weekday = new Intl.DateTimeFormat("en-GB", { weekday: "short", timeZone: "UTC" });
const longDay = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" });

/**
 * Cards due on each of the next days as a bar chart. The SVG is decorative for screen readers:
 * the table under it carries the same numbers.
 */
export function ReviewForecastChart({ days }: { days: ForecastDay[] }) {
  const max = Math.max(1, ...days.map((d) => d.cards));
  const x = scaleBand<string>()
    .domain(days.map((d) => d.date))
    .range([MARGIN.left, WIDTH - MARGIN.right])
    .padding(0.2);
  const y = scaleLinear().domain([0, max]).nice().range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  return (
    <figure className="forecast-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="forecast-caption">
        <ValueAxis y={y} left={MARGIN.left} right={WIDTH - MARGIN.right} ticks={Math.min(4, y.domain()[1]!)} gridClass="forecast-chart__grid" labelClass="forecast-chart__label" />
        {days.map((d) => (
          <g key={d.date}>
            <rect x={x(d.date)} y={y(d.cards)} width={x.bandwidth()} height={y(0) - y(d.cards)} className="forecast-chart__bar" />
            <text x={(x(d.date) ?? 0) + x.bandwidth() / 2} y={HEIGHT - 8} textAnchor="middle" className="forecast-chart__label">
              {weekday.format(new Date(`${d.date}T00:00:00Z`))}
            </text>
          </g>
        ))}
      </svg>
      <figcaption id="forecast-caption">Review cards due each day for the next {days.length} days (today first).</figcaption>
      <table className="data-table forecast-chart__table">
        <caption className="visually-hidden">Cards due per day</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Cards due</th>
          </tr>
        </thead>
        <tbody>
          {days.map((d, i) => (
            <tr key={d.date}>
              <th scope="row">{i === 0 ? "Today" : longDay.format(new Date(`${d.date}T00:00:00Z`))}</th>
              <td>{d.cards}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
