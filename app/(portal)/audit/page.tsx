import Link from "next/link";
import type { Metadata } from "next";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { buttonClass, inputClass } from "@/components/ui/styles";
import { requirePagePermission } from "@/lib/auth/session";
import { listAuditActions, listAuditLogs } from "@/lib/audit/queries";
import { AUDIT_RESULTS, AuditFilter } from "@/lib/audit/schemas";
import { formatDateTime } from "@/lib/format";
import { auditActionLabel } from "@/lib/audit/labels";
import { isRole, ROLE_LABELS } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "审计日志" };

const RESULT_LABEL: Record<string, { text: string; tone: "green" | "red" | "amber" | "gray" }> = {
  SUCCESS: { text: "成功", tone: "green" },
  DENIED: { text: "拒绝", tone: "red" },
  FAILURE: { text: "失败", tone: "amber" },
  NOT_FOUND: { text: "未找到", tone: "amber" },
  ERROR: { text: "错误", tone: "red" },
};

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requirePagePermission("audit.read", "/audit");
  const f = AuditFilter.parse(await searchParams);
  const [data, actions] = await Promise.all([listAuditLogs(f), listAuditActions()]);
  return (
    <>
      <PageHeader title="审计日志" description="只增不改、哈希链防篡改；可用 npm run audit:verify 校验完整性。" />
      <Card>
        <form className="mb-4 grid gap-3 sm:grid-cols-3 lg:grid-cols-6" role="search">
          <label className="text-sm"><span className="mb-1 block text-slate-600">用户</span><input name="user" defaultValue={f.user} placeholder="用户名" className={inputClass} maxLength={40} /></label>
          <label className="text-sm">
            <span className="mb-1 block text-slate-600">操作</span>
            <select name="action" defaultValue={f.action ?? ""} className={inputClass}>
              <option value="">全部操作</option>
              {actions.map((a) => <option key={a} value={a}>{auditActionLabel(a)}</option>)}
            </select>
          </label>
          <label className="text-sm">
            <span className="mb-1 block text-slate-600">结果</span>
            <select name="result" defaultValue={f.result ?? ""} className={inputClass}>
              <option value="">全部</option>
              {AUDIT_RESULTS.map((r) => <option key={r} value={r}>{RESULT_LABEL[r].text}</option>)}
            </select>
          </label>
          <label className="text-sm"><span className="mb-1 block text-slate-600">起始日期</span><input type="date" name="from" defaultValue={f.from} className={inputClass} /></label>
          <label className="text-sm"><span className="mb-1 block text-slate-600">截止日期</span><input type="date" name="to" defaultValue={f.to} className={inputClass} /></label>
          <div className="flex items-end gap-2">
            <button className={buttonClass.secondary} type="submit">筛选</button>
            <Link href="/audit" className="pb-2 text-sm text-slate-500 hover:underline">清除</Link>
          </div>
        </form>
        {data.rows.length === 0 ? (
          <EmptyState title="没有符合条件的审计记录" />
        ) : (
          <Table caption="审计日志">
            <thead><tr><Th>序号</Th><Th>时间</Th><Th>用户</Th><Th>角色</Th><Th>操作</Th><Th>对象</Th><Th>结果</Th><Th>IP</Th><Th>详情</Th></tr></thead>
            <tbody className="divide-y divide-slate-100">
              {data.rows.map((r) => (
                <tr key={r.id}>
                  <Td className="font-mono text-xs">{r.seq}</Td>
                  <Td className="whitespace-nowrap text-xs">{formatDateTime(r.at)}</Td>
                  <Td className="font-mono text-xs">{r.username ?? "（匿名）"}</Td>
                  <Td className="text-xs">{r.roles ? r.roles.split(",").map((x) => (isRole(x) ? ROLE_LABELS[x] : x)).join("、") : "—"}</Td>
                  <Td className="text-xs">{auditActionLabel(r.action)}<span className="block font-mono text-slate-400">{r.action}</span></Td>
                  <Td className="font-mono text-xs">{r.objectType ? `${r.objectType}:${r.objectId ?? ""}` : (r.objectId ?? "—")}</Td>
                  <Td><Badge tone={RESULT_LABEL[r.result]?.tone ?? "gray"}>{RESULT_LABEL[r.result]?.text ?? r.result}</Badge></Td>
                  <Td className="font-mono text-xs">{r.ip ?? "—"}</Td>
                  <Td className="max-w-56 break-all font-mono text-xs text-slate-500">{r.detail ?? ""}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <Pagination page={f.page} pages={data.pages} total={data.total} basePath="/audit" params={{ user: f.user, action: f.action, result: f.result, from: f.from, to: f.to }} />
      </Card>
    </>
  );
}
