/**
 * A table in a wrapper that scrolls sideways when the table is wider than the
 * screen. The wrapper is a named, focusable region, so that keyboard users can
 * scroll it too (axe: scrollable-region-focusable).
 */
export function Table({ caption, children }: { caption?: string; children: React.ReactNode }) {
  const region = caption ? { role: "region", "aria-label": caption, tabIndex: 0 } : {};
  return (
    <div className="scroll-shadows overflow-x-auto" {...region}>
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        {children}
      </table>
    </div>
  );
}

export function Th({
  children,
  className = "",
}: {
  children?: React.ReactNode;
  className?: string;
}) {
  return (
    <th
      scope="col"
      className={`bg-slate-50 px-3 py-2 text-left text-xs font-semibold whitespace-nowrap text-slate-600 ${className}`}
    >
      {children}
    </th>
  );
}

export function Td({
  children,
  className = "",
}: {
  children?: React.ReactNode;
  className?: string;
}) {
  return <td className={`px-3 py-2 align-top ${className}`}>{children}</td>;
}
