import type { Metadata } from "next";
import Link from "next/link";

import { MATTER_STATUS_TONES } from "@/components/major-matters/tones";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import { buttonClass } from "@/components/ui/styles";
import { Table, Td, Th } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { MATTER_STATUS_LABELS, matterCategoryLabel } from "@/lib/major-matters/labels";
import { listMyMatters } from "@/lib/major-matters/queries";

export const metadata: Metadata = { title: "个人重大事项报告" };

export default async function MajorMattersPage() {
  const user = await requirePagePermission(
    ["majorMatter.file", "majorMatter.acknowledge"],
    "/major-matters",
  );
  const rows = can(user.roles, "majorMatter.file") ? await listMyMatters(user) : [];
  return (
    <>
      <PageHeader
        title="个人重大事项报告"
        description="婚姻变化、子女情况、出国(境)、亲属从业、房产/投资、重大疾病等事项，按规定及时向组织报告。"
        actions={
          <div className="flex flex-wrap gap-2">
            {can(user.roles, "majorMatter.file") ? (
              <Link href="/major-matters/new" className={buttonClass.primary}>
                填报事项
              </Link>
            ) : null}
            {can(user.roles, "majorMatter.acknowledge") ? (
              <Link href="/major-matters/all" className={buttonClass.secondary}>
                全院报告
              </Link>
            ) : null}
          </div>
        }
      />
      <Card title="我的报告">
        {rows.length === 0 ? (
          <EmptyState title="暂无报告" hint="如有需报告的事项，点击右上角“填报事项”。" />
        ) : (
          <Table caption="我的个人重大事项报告">
            <thead>
              <tr>
                <Th>类别</Th>
                <Th>发生日期</Th>
                <Th>报告日期</Th>
                <Th>状态</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((r) => (
                <tr key={r.id}>
                  <Td>
                    <Link
                      href={`/major-matters/${r.id}`}
                      className="font-medium text-brand-700 hover:underline"
                    >
                      {matterCategoryLabel(r.category)}
                    </Link>
                  </Td>
                  <Td>{formatDate(r.occurredOn)}</Td>
                  <Td>{formatDate(r.createdAt)}</Td>
                  <Td>
                    <StatusBadge
                      status={r.status}
                      labels={MATTER_STATUS_LABELS}
                      tones={MATTER_STATUS_TONES}
                    />
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </>
  );
}
