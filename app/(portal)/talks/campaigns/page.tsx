import type { Metadata } from "next";
import Link from "next/link";

import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { CoverageBar } from "@/components/ui/coverage-bar";
import { buttonClass } from "@/components/ui/styles";
import { Table, Td, Th } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { campaignScopeLabel } from "@/lib/talks/labels";
import { listCampaigns } from "@/lib/talks/queries";

export const metadata: Metadata = { title: "谈话计划" };

export default async function CampaignsPage() {
  // 院领导 (talk.campaignRead) reads the list; only 政治处 (talk.campaign) creates.
  const user = await requirePagePermission(
    ["talk.campaign", "talk.campaignRead"],
    "/talks/campaigns",
  );
  const rows = await listCampaigns();
  return (
    <>
      <PageHeader
        title="谈话计划"
        description="按范围和时间窗口组织谈心谈话，跟踪覆盖率和未谈人员。"
        actions={
          can(user.roles, "talk.campaign") ? (
            <Link href="/talks/campaigns/new" className={buttonClass.primary}>
              新建谈话计划
            </Link>
          ) : null
        }
      />
      <Card>
        {rows.length === 0 ? (
          <EmptyState title="暂无谈话计划" />
        ) : (
          <Table caption="谈话计划">
            <thead>
              <tr>
                <Th>计划名称</Th>
                <Th>范围</Th>
                <Th>时间窗口</Th>
                <Th>人数</Th>
                <Th>已谈</Th>
                <Th className="w-48">覆盖率</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((c) => (
                <tr key={c.id}>
                  <Td>
                    <Link
                      href={`/talks/campaigns/${c.id}`}
                      className="font-medium text-brand-700 hover:underline"
                    >
                      {c.title}
                    </Link>
                  </Td>
                  <Td>{campaignScopeLabel(c.scopeType)}</Td>
                  <Td>
                    {formatDate(c.startsOn)} 至 {formatDate(c.endsOn)}
                  </Td>
                  <Td>{c.members}</Td>
                  <Td>{c.covered}</Td>
                  <Td>
                    <div className="flex items-center gap-2">
                      <div className="flex-1">
                        <CoverageBar percent={c.percent} label={`${c.title}覆盖率`} />
                      </div>
                      <span className="w-12 text-right tabular-nums">{c.percent}%</span>
                    </div>
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
