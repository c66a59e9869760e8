import Link from "next/link";

import { fmtMean } from "./data-details";

/** Links to the results of the rounds behind a pulse mean. */
export function PulseLinks({
  value,
  roundIds,
  n,
}: {
  value: number | null;
  roundIds: string[];
  n: number | null;
}) {
  if (value === null) return <>—</>;
  return (
    <>
      <Link
        href={`/pulse/${roundIds[0]}/results`}
        prefetch={false}
        className="text-brand-700 hover:underline"
      >
        {fmtMean(value)}
      </Link>
      {roundIds.slice(1).map((id, i) => (
        <Link
          key={id}
          href={`/pulse/${id}/results`}
          prefetch={false}
          className="ml-1 text-xs text-brand-700 hover:underline"
        >
          第{i + 2}轮
        </Link>
      ))}
      （{n} 人）
    </>
  );
}
