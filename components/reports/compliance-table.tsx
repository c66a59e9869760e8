import Link from "next/link";

import { ActionButton } from "@/components/ui/action-button";
import { COMPLIANCE_LABELS, type complianceTable } from "@/lib/reports/compliance";
import { urgeReport } from "@/lib/reports/urge";

import { ComplianceCell } from "./labels";

type Matrix = ReturnType<typeof complianceTable>;

/**
 * The department × period matrix. A cell opens its report once filed (for a
 * viewer who may open reports). A cell still owed in a period one may urge
 * (the one in progress and the one before it) offers 催报 to a viewer who
 * holds report.urge, or says it was sent today; everyone else sees the
 * matrix read-only.
 */
export function ComplianceTable({
  year,
  matrix: m,
  canOpen,
  urge,
}: {
  year: number;
  matrix: Matrix;
  canOpen: boolean;
  /** null: the viewer may not urge. */
  urge: { periodKeys: string[]; sentToday: string[] } | null;
}) {
  const sent = new Set(urge?.sentToday);
  const owed = (status: string, periodKey: string) =>
    urge !== null &&
    (status === "MISSING" || status === "PENDING") &&
    urge.periodKeys.includes(periodKey);
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full border-separate border-spacing-1 text-sm">
        <caption className="sr-only">{year} 年各部门报送情况</caption>
        <thead>
          <tr>
            <th
              scope="col"
              className="sticky left-0 bg-white px-2 text-left text-xs font-semibold text-slate-600"
            >
              部门
            </th>
            {m.periods.map((p) => (
              <th
                key={p.key}
                scope="col"
                className="px-1 text-xs font-semibold whitespace-nowrap text-slate-600"
              >
                {p.label.replace(/^\d+年/, "")}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {m.rows.map((r) => (
            <tr key={r.department.id}>
              <th
                scope="row"
                className="sticky left-0 bg-white px-2 text-left font-medium whitespace-nowrap"
              >
                {r.department.name}
              </th>
              {r.cells.map((c) => (
                <td key={c.periodKey} className="text-center align-top">
                  {c.reportId && canOpen ? (
                    <Link
                      href={`/reports/${c.reportId}`}
                      prefetch={false}
                      aria-label={`${r.department.name} ${c.periodKey} ${COMPLIANCE_LABELS[c.status]}`}
                    >
                      <ComplianceCell status={c.status} />
                    </Link>
                  ) : (
                    <ComplianceCell status={c.status} />
                  )}
                  {owed(c.status, c.periodKey) ? (
                    <span className="mt-0.5 block text-xs">
                      {sent.has(`${r.department.id}:${c.periodKey}`) ? (
                        <span className="whitespace-nowrap text-slate-500">今日已催报</span>
                      ) : (
                        <ActionButton
                          action={urgeReport}
                          fields={{ departmentId: r.department.id, periodKey: c.periodKey }}
                          label="催报"
                          variant="link"
                          confirm={`将通知${r.department.name}信息员尽快填报（每个部门每期每天最多催报一次）。确认催报？`}
                          successText="已催报"
                        />
                      )}
                    </span>
                  ) : null}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
