import Link from "next/link";

import { Badge, Card, EmptyState } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { StatusBadge } from "@/components/ui/status-badge";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { listMyConsultations } from "@/lib/consult/queries";
import { ConsultListFilter, STATUS_LABELS } from "@/lib/consult/schemas";
import { formatDateTime } from "@/lib/format";

import { AskForm } from "./ask-form";
import { ChannelText, TagBadges } from "./labels";
import { CONSULT_STATUS_TONES } from "./tones";

type Search = Record<string, string | undefined>;

/** The asker's own questions and answers, beside the form to ask a new one. */
export async function MineView({ user, sp }: { user: SessionUser; sp: Search }) {
  const page = ConsultListFilter.parse(sp).page;
  const data = await listMyConsultations(user, page);
  return (
    <div className="grid gap-4 lg:grid-cols-5">
      <Card title="我要咨询" className="lg:col-span-2">
        <AskForm />
      </Card>
      <Card title="我的咨询" className="lg:col-span-3">
        {data.rows.length === 0 ? (
          <EmptyState
            title="您还没有提交过咨询"
            hint="对入额、员额退出、职级、薪酬等改革政策有疑问，可在左侧提交"
          />
        ) : (
          <ul className="divide-y divide-slate-100">
            {data.rows.map((r) => (
              <li key={r.id} className="py-3 text-sm">
                <p className="flex flex-wrap items-center gap-2">
                  <StatusBadge
                    status={r.status}
                    labels={STATUS_LABELS}
                    tones={CONSULT_STATUS_TONES}
                  />
                  <TagBadges tags={r.tags.map((t) => t.tag)} />
                  <span className="text-xs text-slate-500">
                    <ChannelText channel={r.channel} /> · {formatDateTime(r.askedAt)}
                  </span>
                  <Link
                    href={`/consult/${r.id}`}
                    className="ml-auto text-xs text-brand-700 hover:underline"
                  >
                    详情
                  </Link>
                </p>
                <p className="mt-1 whitespace-pre-wrap text-slate-800">{r.question}</p>
                {r.answer ? (
                  <div className="mt-2 rounded-md bg-green-50 px-3 py-2">
                    <p className="text-xs text-green-800">
                      政治处答复 · {formatDateTime(r.answeredAt)}
                    </p>
                    <p className="mt-1 whitespace-pre-wrap text-slate-800">{r.answer}</p>
                  </div>
                ) : (
                  <p className="mt-1">
                    <Badge tone="amber">等待政治处答复</Badge>
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
        <Pagination
          page={page}
          pages={data.pages}
          total={data.total}
          basePath="/consult"
          params={{ tab: can(user.roles, "consult.answer") ? "mine" : undefined }}
        />
      </Card>
    </div>
  );
}
