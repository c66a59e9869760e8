import type { Metadata } from "next";

import { AddTopicForm, ScheduleForm } from "@/components/reports/settings-forms";
import { ActionButton } from "@/components/ui/action-button";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { setTopicActive } from "@/lib/reports/actions";
import { reportSettings } from "@/lib/reports/queries";

export const metadata: Metadata = { title: "报告设置" };

export default async function ReportSettingsPage() {
  await requirePagePermission("report.configure", "/reports/settings");
  const { schedule, topics } = await reportSettings();
  return (
    <>
      <PageHeader title="思想动态报告设置" description="报告周期与热点话题标签，由政治处维护" />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="报告周期">
          <ScheduleForm frequency={schedule.frequency} dueDay={schedule.dueDay} />
        </Card>
        <Card title="热点话题">
          <ul className="mb-4 divide-y divide-slate-100">
            {topics.map((t) => (
              <li key={t.id} className="flex items-center justify-between gap-2 py-1.5 text-sm">
                <span className="flex items-center gap-2">
                  {t.name} {t.active ? null : <Badge>已停用</Badge>}{" "}
                  <span className="text-xs text-slate-500">使用 {t._count.reports} 次</span>
                </span>
                <ActionButton
                  action={setTopicActive}
                  fields={{ id: t.id, active: t.active ? "false" : "true" }}
                  label={t.active ? "停用" : "启用"}
                  variant="link"
                />
              </li>
            ))}
          </ul>
          <AddTopicForm />
        </Card>
      </div>
    </>
  );
}
