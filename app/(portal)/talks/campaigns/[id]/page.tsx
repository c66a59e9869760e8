import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { AssignForm } from "@/components/talks/assign-form";
import { CampaignMembers } from "@/components/talks/campaign-members";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { CoverageBar } from "@/components/ui/coverage-bar";
import { Table, Td, Th } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { AGE_LAYER_LABELS } from "@/lib/people/age";
import { campaignScopeLabel } from "@/lib/talks/labels";
import { getCampaignCoverage, listInterviewerOptions } from "@/lib/talks/queries";
import { CampaignMemberFilter } from "@/lib/talks/schemas";

export const metadata: Metadata = { title: "谈话计划" };

export default async function CampaignPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { id } = await params;
  // 院领导 (talk.campaignRead) reads the coverage; only 政治处 (talk.campaign) assigns interviewers.
  const user = await requirePagePermission(
    ["talk.campaign", "talk.campaignRead"],
    "/talks/campaigns/[id]",
  );
  const manage = can(user.roles, "talk.campaign");
  const query = await searchParams;
  const [cov, interviewers] = await Promise.all([
    getCampaignCoverage(id),
    manage ? listInterviewerOptions() : Promise.resolve([]),
  ]);
  if (!cov) notFound();
  const c = cov.campaign;
  const departments = cov.byDepartment
    .filter((d) => d.departmentId)
    .map((d) => ({ id: d.departmentId!, label: `${d.name}（${d.total} 人）` }));
  return (
    <>
      <PageHeader
        title={c.title}
        description={`${campaignScopeLabel(c.scopeType)} · ${formatDate(c.startsOn)} 至 ${formatDate(c.endsOn)} · ${c.createdBy.realName} 创建`}
      />
      <Card title="覆盖率" className="mb-4">
        <div className="flex items-center gap-3">
          <div className="flex-1">
            <CoverageBar percent={cov.percent} label="谈话覆盖率" />
          </div>
          <span className="text-lg font-semibold tabular-nums">{cov.percent}%</span>
        </div>
        <p className="mt-2 text-sm text-slate-600">
          计划人数 {cov.total} 人，已谈 {cov.covered} 人，未谈 {cov.total - cov.covered}{" "}
          人。计入：本计划下的谈话，或时间窗口内与该干警的任何谈话。
        </p>
        {c.description ? <p className="mt-2 text-sm text-slate-600">{c.description}</p> : null}
      </Card>
      <div className="mb-4 grid gap-4 lg:grid-cols-2">
        <Card title="按部门">
          <Table caption="按部门统计的谈话覆盖情况">
            <thead>
              <tr>
                <Th>部门</Th>
                <Th>人数</Th>
                <Th>已谈</Th>
                <Th>覆盖率</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {cov.byDepartment.map((d) => (
                <tr key={d.departmentId ?? "none"}>
                  <Td>{d.name}</Td>
                  <Td>{d.total}</Td>
                  <Td>{d.covered}</Td>
                  <Td>{d.percent}%</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </Card>
        <Card title="按年龄层">
          <Table caption="按年龄层统计的谈话覆盖情况">
            <thead>
              <tr>
                <Th>年龄层</Th>
                <Th>人数</Th>
                <Th>已谈</Th>
                <Th>覆盖率</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {cov.byLayer.map((l) => (
                <tr key={l.layer}>
                  <Td>{AGE_LAYER_LABELS[l.layer]}</Td>
                  <Td>{l.total}</Td>
                  <Td>{l.covered}</Td>
                  <Td>{l.total ? `${l.percent}%` : "—"}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </Card>
      </div>
      <div className={manage ? "grid gap-4 lg:grid-cols-3" : "grid gap-4"}>
        <Card
          title={`未谈人员（${cov.total - cov.covered}）`}
          className={manage ? "lg:col-span-2" : undefined}
        >
          {cov.pending.length === 0 ? (
            <EmptyState title="已全部谈到" />
          ) : (
            <div className="space-y-4">
              {cov.pending.map((g) => (
                <section key={g.departmentId ?? "none"} aria-label={g.name}>
                  <h3 className="mb-1 text-sm font-medium text-slate-700">
                    {g.name}（{g.people.length} 人）
                  </h3>
                  <ul className="grid gap-1 text-sm sm:grid-cols-2">
                    {g.people.map((p) => (
                      <li
                        key={p.userId}
                        className="flex items-center justify-between rounded border border-slate-100 px-2 py-1"
                      >
                        <span>
                          {p.realName}
                          {p.position ? (
                            <span className="ml-1 text-xs text-slate-500">{p.position}</span>
                          ) : null}
                        </span>
                        {p.interviewer ? (
                          <span className="text-xs text-slate-600">谈话人：{p.interviewer}</span>
                        ) : (
                          <Badge tone="amber">未分配</Badge>
                        )}
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
            </div>
          )}
          <p className="mt-3 text-xs text-slate-500">
            <Link href={`/talks?campaignId=${c.id}`} className="text-brand-700 hover:underline">
              查看本计划下的谈话记录
            </Link>
          </p>
        </Card>
        {manage ? (
          <div className="space-y-4">
            <Card title="按部门分配谈话人">
              <AssignForm
                campaignId={c.id}
                mode="department"
                targets={departments}
                interviewers={interviewers}
              />
            </Card>
            <Card title="为个人分配谈话人">
              <AssignForm
                campaignId={c.id}
                mode="member"
                targets={cov.members.map((m) => ({
                  id: m.userId,
                  label: `${m.label}${m.interviewer ? `（现：${m.interviewer}）` : ""}`,
                }))}
                interviewers={interviewers}
              />
            </Card>
          </div>
        ) : null}
      </div>
      <CampaignMembers campaign={c} filter={CampaignMemberFilter.parse(query)} params={query} />
    </>
  );
}
