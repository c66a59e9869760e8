export type LegendItem = { color: string; label: string; kind: "line" | "pending" | "band" };

function Swatch({ item }: { item: LegendItem }) {
  if (item.kind === "band")
    return (
      <span
        className="mr-1 inline-block h-3 w-4 border align-middle"
        style={{ backgroundColor: "rgb(253 230 138 / 0.45)", borderColor: item.color }}
      />
    );
  if (item.kind === "pending")
    return (
      <span className="relative mr-1 inline-block h-2 w-5 align-middle">
        <span
          className="absolute inset-x-0 top-1/2 border-t-[1.5px] border-dashed"
          style={{ borderColor: item.color }}
        />
        <span
          className="absolute top-1/2 right-0 size-2 -translate-y-1/2 rounded-full border-[1.5px] bg-white"
          style={{ borderColor: item.color }}
        />
      </span>
    );
  return (
    <span
      className="mr-1 inline-block h-0.5 w-4 align-middle"
      style={{ backgroundColor: item.color }}
    />
  );
}

/** IndexLineChart's legend: its lines, the months in progress and the 改革节点 bands. */
export function IndexLineLegend({ items }: { items: LegendItem[] }) {
  return (
    <ul className="mb-1 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600">
      {items.map((l) => (
        <li key={l.label}>
          <Swatch item={l} />
          {l.label}
        </li>
      ))}
    </ul>
  );
}
