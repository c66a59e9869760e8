import type { Metadata } from "next";
import Link from "next/link";

import { PHASE_TONES } from "@/components/culture/essays/tones";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { StatusBadge } from "@/components/ui/status-badge";
import { buttonClass } from "@/components/ui/styles";
import { Table, Td, Th } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { callPhase, PHASE_LABELS } from "@/lib/culture/essays/labels";
import { listCalls } from "@/lib/culture/essays/queries";
import { EssayPage } from "@/lib/culture/essays/schemas";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "征文征言" };

export default async function EssayCallsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requirePagePermission(
    ["culture.participate", "culture.manage"],
    "/culture/essays",
  );
  const { page } = EssayPage.parse(await searchParams);
  const manager = can(user.roles, "culture.manage");
  const data = await listCalls(user, page);
  const now = new Date();
  return (
    <>
      <PageHeader
        title="征文征言"
        description="围绕主题征集干警作品，评委按评分标准打分，评出一、二、三等奖和优秀奖"
        actions={
          manager ? (
            <Link href="/culture/essays/new" className={buttonClass.primary}>
              发起征文
            </Link>
          ) : null
        }
      />
      <Card>
        {data.rows.length === 0 ? (
          <EmptyState
            title="还没有征文活动"
            hint={
              manager ? "点击右上角“发起征文”设置主题、规则和征集时间" : "政治处发起征文后会通知您"
            }
          />
        ) : (
          <Table caption="征文活动">
            <thead>
              <tr>
                <Th>征文</Th>
                <Th>征集时间</Th>
                <Th>状态</Th>
                <Th>作品数</Th>
                <Th>我的参与</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {data.rows.map((c) => {
                const phase = callPhase(c, now);
                return (
                  <tr key={c.id}>
                    <Td>
                      <Link href={`/culture/essays/${c.id}`} className={buttonClass.link}>
                        {c.title}
                      </Link>
                      <span className="block max-w-md truncate text-xs text-slate-500">
                        {c.theme}
                      </span>
                    </Td>
                    <Td className="text-xs whitespace-nowrap">
                      {formatDateTime(c.opensAt)}
                      <span className="block">至 {formatDateTime(c.closesAt)}</span>
                    </Td>
                    <Td>
                      <StatusBadge status={phase} labels={PHASE_LABELS} tones={PHASE_TONES} />
                    </Td>
                    <Td className="tabular-nums">{c.entries}</Td>
                    <Td className="text-xs">
                      {[c.submitted ? "已投稿" : null, c.judge ? "评委" : null]
                        .filter(Boolean)
                        .join("、") || "—"}
                    </Td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        )}
        <Pagination
          page={page}
          pages={data.pages}
          total={data.total}
          basePath="/culture/essays"
          params={{}}
        />
      </Card>
    </>
  );
}
