// "我的" blocks of 三主: study, consultations and 入额 registrations.
import { CONSULT_STATUS_TONES } from "@/components/consult/tones";
import { OUTCOME_TONES } from "@/components/quota/tones";
import { LOG_STATUS_TONES } from "@/components/study/tones";
import { StatusBadge } from "@/components/ui/status-badge";
import { STATUS_LABELS as CONSULT_STATUS_LABELS } from "@/lib/consult/schemas";
import { formatDate } from "@/lib/format";
import type { MyPage } from "@/lib/me/queries";
import { OUTCOME_LABELS } from "@/lib/quota/labels";
import { LOG_STATUS_LABELS, logKindLabel } from "@/lib/study/log/schemas";
import { formatPoints, formatTenths } from "@/lib/study/units";

import { MeCard, MeRow, MeRows } from "./me-card";

export function StudyBlock({ data }: { data: NonNullable<MyPage["study"]> }) {
  return (
    <MeCard
      id="study"
      title="我的学习"
      subtitle={`积分与学时为 ${data.year} 年度，学习日志经审核通过后计入`}
      count={data.total}
      unit="条日志"
      figures={[
        { label: "本年积分", value: formatPoints(data.points) },
        { label: "本年学时", value: `${formatTenths(data.approvedTenths)} h` },
        {
          label: data.returned > 0 ? "待审核 / 被退回" : "待审核",
          value: data.returned > 0 ? `${data.pending} / ${data.returned}` : data.pending,
          tone: data.returned > 0 ? "alert" : "normal",
        },
      ]}
      links={[{ href: "/study" }]}
      action={{ href: "/study/log#new", label: "登记学习" }}
      empty={
        data.rows.length === 0
          ? {
              title: "还没有学习日志",
              hint: "读书、网络学习、心得体会都可登记，审核通过后计入学时与积分",
            }
          : null
      }
    >
      <MeRows>
        {data.rows.map((r) => (
          <MeRow
            key={r.id}
            href={`/study/log/${r.id}`}
            title={r.title}
            meta={`${logKindLabel(r.kind)} · ${formatDate(r.studiedOn)} · ${formatTenths(r.tenths)} 小时`}
            badges={
              <StatusBadge status={r.status} labels={LOG_STATUS_LABELS} tones={LOG_STATUS_TONES} />
            }
          />
        ))}
      </MeRows>
    </MeCard>
  );
}

export function ConsultBlock({ data }: { data: NonNullable<MyPage["consult"]> }) {
  return (
    <MeCard
      id="consult"
      title="我的咨询"
      subtitle="改革政策咨询及政治处答复"
      count={data.total}
      figures={[
        { label: "待答复", value: data.open, tone: data.open > 0 ? "alert" : "normal" },
        { label: "已答复", value: data.total - data.open },
      ]}
      links={[{ href: "/consult?tab=mine" }]}
      action={{ href: "/consult?tab=mine", label: "提交咨询" }}
      empty={
        data.rows.length === 0
          ? {
              title: "还没有提交过咨询",
              hint: "对入额、职级、薪酬等改革政策有疑问，可提交咨询，政治处 24 小时内答复",
            }
          : null
      }
    >
      <MeRows>
        {data.rows.map((r) => (
          <MeRow
            key={r.id}
            href={`/consult/${r.id}`}
            title={r.question}
            meta={`提问于 ${formatDate(r.askedAt)}`}
            badges={
              <StatusBadge
                status={r.status}
                labels={CONSULT_STATUS_LABELS}
                tones={CONSULT_STATUS_TONES}
              />
            }
            extra={
              r.answer ? (
                <div className="mt-1 rounded bg-green-50 px-2 py-1 text-xs text-slate-700">
                  <p className="line-clamp-2">答复：{r.answer}</p>
                </div>
              ) : null
            }
          />
        ))}
      </MeRows>
    </MeCard>
  );
}

export function QuotaBlock({ data }: { data: NonNullable<MyPage["quota"]> }) {
  return (
    <MeCard
      id="quota"
      title="我的入额报名"
      subtitle="入额遴选报名及结果"
      count={data.total}
      links={[{ href: "/quota" }]}
      empty={
        data.rows.length === 0
          ? {
              title: "还没有报名入额遴选",
              hint: "遴选开放报名时，可在入额遴选页报名",
              start: { href: "/quota", label: "查看入额遴选" },
            }
          : null
      }
    >
      <MeRows>
        {data.rows.map((r) => (
          <MeRow
            key={r.id}
            href={`/quota/${r.round.id}`}
            title={r.round.title}
            meta={`报名于 ${formatDate(r.registeredAt)}${r.rank !== null ? ` · 第 ${r.rank} 名` : ""}`}
            badges={
              <StatusBadge status={r.outcome} labels={OUTCOME_LABELS} tones={OUTCOME_TONES} />
            }
          />
        ))}
      </MeRows>
    </MeCard>
  );
}
