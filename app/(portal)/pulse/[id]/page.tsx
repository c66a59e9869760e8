import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { AnonymityNote } from "@/components/pulse/anonymity-note";
import { AnswerForm } from "@/components/pulse/answer-form";
import { Card, PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/styles";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDate, formatDateTime } from "@/lib/format";
import { getRoundForAnswer, seesResults } from "@/lib/pulse/queries";
import { lastOpenInstant } from "@/lib/pulse/window";

export const metadata: Metadata = { title: "参加测评" };

export default async function PulseAnswerPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePagePermission("pulse.answer", "/pulse/[id]");
  const { id } = await params;
  const r = await getRoundForAnswer(user, id);
  if (!r) notFound();
  const back = (
    <Link href="/pulse" className={buttonClass.secondary}>
      返回测评列表
    </Link>
  );
  const notice = (tone: "green" | "slate", text: React.ReactNode) => (
    <Card>
      <p
        role="status"
        className={`rounded-md px-3 py-3 text-sm ${tone === "green" ? "bg-green-50 text-green-800" : "bg-slate-50 text-slate-700"}`}
      >
        {text}
      </p>
      <div className="mt-4 flex gap-2">
        {back}
        {r.status === "CLOSED" && seesResults(user.roles) ? (
          <Link href={`/pulse/${r.id}/results`} className={buttonClass.primary}>
            查看结果
          </Link>
        ) : null}
      </div>
    </Card>
  );
  return (
    <>
      <PageHeader
        title={r.title}
        description={`${formatDate(r.opensAt)} 至 ${formatDate(lastOpenInstant(r.closesAt))} · 共 ${r.questions.length} 题`}
      />
      {r.answered ? (
        notice("green", "您已参加本轮测评，感谢您的参与。每人每轮只能作答一次。")
      ) : r.status === "UPCOMING" ? (
        notice("slate", `本轮测评尚未开始，将于 ${formatDateTime(r.opensAt)} 开放作答。`)
      ) : r.status === "CLOSED" ? (
        notice("slate", `本轮测评已于 ${formatDateTime(r.closesAt)} 结束，不能再作答。`)
      ) : (
        <div className="grid gap-4 lg:grid-cols-3">
          <div className="lg:order-last">
            <AnonymityNote />
          </div>
          <Card title="作答" className="lg:col-span-2">
            {r.description ? <p className="mb-4 text-sm text-slate-600">{r.description}</p> : null}
            <p className="mb-4 text-sm text-slate-600">
              请根据您的真实感受，对每个陈述选择 1–5 分：1 分表示很不同意，5 分表示很同意。
            </p>
            <AnswerForm roundId={r.id} questions={r.questions} allowComment={r.allowComment} />
          </Card>
        </div>
      )}
    </>
  );
}
