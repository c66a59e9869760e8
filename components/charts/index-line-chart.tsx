import {
  INDEX_DOMAIN,
  indexLines,
  labelTiers,
  milestoneBand,
  milestoneLabels,
  monthTitle,
  pct,
  placeSegments,
  slots,
  ticks,
  xAt,
  yAt,
  type IndexLineChartProps,
  type Segment,
} from "./index-line-geometry";
import { IndexLineLegend, type LegendItem } from "./index-line-legend";

export type {
  ExtraSeries,
  IndexLineChartProps,
  IndexMonth,
  Milestone,
} from "./index-line-geometry";

const RED = "#b91c1c";
const TEXT = "#475569"; // slate-600: 7.6:1 on white
const FONT = 11;
const LEFT = 30;
const BOTTOM = 20;
const ROW = 14;
const INDEX_TICKS = ticks(0, 100, 20);
// Container widths (px) from which more month labels fit, with the classes
// that show or hide a label from there; literal, so Tailwind generates them.
const TIERS = [300, 448, 576, 672, 896];
const SHOW = ["", "@md:inline", "@xl:inline", "@2xl:inline", "@4xl:inline"];
const HIDE = ["hidden", "@md:hidden", "@xl:hidden", "@2xl:hidden", "@4xl:hidden"];

function tierClass(visible: boolean[]): string | undefined {
  const cls = visible.flatMap((v, t) =>
    t === 0 ? (v ? [] : [HIDE[0]]) : v === visible[t - 1] ? [] : [v ? SHOW[t] : HIDE[t]],
  );
  return cls.length ? cls.join(" ") : undefined;
}

function Lines(props: {
  segments: Segment[];
  color: string;
  width: number;
  dashed?: boolean;
  series: string;
}) {
  return (
    <g data-series={props.series} stroke={props.color} strokeWidth={props.width}>
      {props.segments.map((s) => (
        <line
          key={s.from}
          x1={pct(s.from)}
          x2={pct(s.to)}
          y1={pct(s.y1)}
          y2={pct(s.y2)}
          strokeDasharray={props.dashed ? "5 4" : undefined}
          strokeLinecap={props.dashed ? "butt" : "round"}
        />
      ))}
    </g>
  );
}

/**
 * An index (0–100) by month, drawn on the server as a static SVG (no client
 * JavaScript): complete months solid, months in progress dashed with hollow
 * points; optional 改革节点 bands, extra series, a right axis and a legend;
 * a tooltip per month from <title>. Decorative for assistive tech: each page
 * pairs it with a table. Geometry: ./index-line-geometry.ts.
 */
export function IndexLineChart(props: IndexLineChartProps) {
  const { data, name, chart, height = 280, series = [], rightAxis, milestones = [] } = props;
  const n = data.length;
  if (n === 0) return null;
  const months = data.map((m) => m.month);
  const right = rightAxis ? 24 : 12;
  const plotWidths = TIERS.map((w) => w - LEFT - right);
  const bands = milestones.flatMap((m) => {
    const band = milestoneBand(m, months);
    return band ? [{ ...band, label: m.label, from: m.from, to: m.to }] : [];
  });
  const labels = milestoneLabels(bands, plotWidths[0], FONT);
  const top = bands.length ? 6 + (Math.max(...labels.map((l) => l.row)) + 1) * ROW : 10;
  const { solid, dashed, hollow } = indexLines(data);
  const shown = labelTiers(n, plotWidths, 34);
  const legend: LegendItem[] = [
    ...(props.legend ?? [{ color: RED, label: name }]).map((l) => ({
      ...l,
      kind: "line" as const,
    })),
    ...(hollow.length ? [{ color: RED, label: "进行中", kind: "pending" as const }] : []),
    ...(bands.length ? [{ color: "#f59e0b", label: "改革节点", kind: "band" as const }] : []),
  ];
  return (
    <div aria-hidden className="@container w-full print:hidden" data-chart={chart}>
      <IndexLineLegend items={legend} />
      <div style={{ height, padding: `${top}px ${right}px ${BOTTOM}px ${LEFT}px` }}>
        <svg data-plot className="block h-full w-full overflow-visible" fontSize={FONT}>
          {INDEX_TICKS.map((t) => (
            <line
              key={t}
              x1="0"
              x2="100%"
              y1={pct(yAt(t, INDEX_DOMAIN))}
              y2={pct(yAt(t, INDEX_DOMAIN))}
              stroke="#e2e8f0"
              strokeDasharray="3 3"
            />
          ))}
          {bands.map((b, i) => (
            <g key={`${b.from}-${b.to}-${i}`} data-milestone>
              <rect
                x={pct(b.x)}
                width={pct(b.width)}
                y="0"
                height="100%"
                fill="#fde68a"
                fillOpacity={0.45}
                stroke="#f59e0b"
                strokeOpacity={0.4}
              />
              <text
                x={pct(labels[i].anchor === "start" ? b.x : b.x + b.width)}
                dx={labels[i].anchor === "start" ? 2 : -2}
                y={-4 - labels[i].row * ROW}
                textAnchor={labels[i].anchor}
                fill="#92400e"
              >
                {b.label}
              </text>
            </g>
          ))}
          <g stroke="#94a3b8">
            <line x1="0" x2="0" y1="0" y2="100%" />
            <line x1="0" x2="100%" y1="100%" y2="100%" />
            {rightAxis ? <line x1="100%" x2="100%" y1="0" y2="100%" /> : null}
          </g>
          <g fill={TEXT}>
            {INDEX_TICKS.map((t) => (
              <text key={t} x={-6} y={pct(yAt(t, INDEX_DOMAIN))} dy="0.32em" textAnchor="end">
                {t}
              </text>
            ))}
            {rightAxis?.ticks.map((t) => (
              <text key={t} x="100%" dx={6} y={pct(yAt(t, rightAxis.domain))} dy="0.32em">
                {t}
              </text>
            ))}
            {data.map((m, i) => (
              <text
                key={m.month}
                x={pct(xAt(i, n))}
                y="100%"
                dy={15}
                textAnchor="middle"
                className={tierClass(shown[i])}
              >
                {m.label}
              </text>
            ))}
          </g>
          {series.map((s) => {
            const values = data.map((m) => m.extra?.[s.key] ?? null);
            const domain = s.right && rightAxis ? rightAxis.domain : INDEX_DOMAIN;
            return (
              <g key={s.key}>
                <Lines
                  series={s.key}
                  segments={placeSegments(values, domain, s.connectNulls)}
                  color={s.color}
                  width={s.width}
                />
                {s.dot === false
                  ? null
                  : values.map((v, i) =>
                      v === null ? null : (
                        <circle
                          key={i}
                          cx={pct(xAt(i, n))}
                          cy={pct(yAt(v, domain))}
                          r={s.dot as number}
                          fill={s.color}
                        />
                      ),
                    )}
              </g>
            );
          })}
          <Lines
            series="index"
            segments={placeSegments(solid, INDEX_DOMAIN)}
            color={RED}
            width={2}
          />
          <Lines
            series="pending"
            segments={placeSegments(dashed, INDEX_DOMAIN)}
            color={RED}
            width={1.5}
            dashed
          />
          {solid.map((v, i) =>
            v === null ? null : (
              <circle
                key={i}
                data-point
                cx={pct(xAt(i, n))}
                cy={pct(yAt(v, INDEX_DOMAIN))}
                r={2.5}
                fill={RED}
              />
            ),
          )}
          {hollow.map((i) => (
            <circle
              key={i}
              data-point
              data-pending
              cx={pct(xAt(i, n))}
              cy={pct(yAt(data[i].value!, INDEX_DOMAIN))}
              r={3.5}
              fill="#fff"
              stroke={RED}
              strokeWidth={1.5}
            />
          ))}
          {data.map((m, i) => {
            const slot = slots(i, i, n);
            return (
              <rect
                key={m.month}
                x={pct(slot.x)}
                width={pct(slot.width)}
                y="0"
                height="100%"
                className="fill-transparent hover:fill-slate-900/5"
              >
                <title>{monthTitle(m, name, series, milestones)}</title>
              </rect>
            );
          })}
        </svg>
      </div>
    </div>
  );
}
