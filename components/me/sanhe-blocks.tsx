// "我的" blocks of 三合: conduct records, culture participation and the appraisal sheet.
import { CYCLE_STATE_TONES, GRADE_TONES } from "@/components/appraisal/tones";
import { CATEGORY_TONES, STATUS_TONES } from "@/components/conduct/tones";
import { StatusBadge } from "@/components/ui/status-badge";
import { CYCLE_STATE_LABELS, GRADE_LABELS } from "@/lib/appraisal/labels";
import { CATEGORY_LABELS, describeKind, STATUS_LABELS } from "@/lib/conduct/labels";
import { formatDate } from "@/lib/format";
import type { MyPage } from "@/lib/me/queries";

import { MeCard, MeRow, MeRows } from "./me-card";

export function ConductBlock({ data }: { data: NonNullable<MyPage["conduct"]> }) {
  return (
    <MeCard
      id="conduct"
      title="我的履职表现"
      subtitle="政治处确认的本人记录；已撤销的保留并注明，不计入考评"
      count={data.total}
      links={[{ href: "/conduct/mine" }]}
      empty={
        data.rows.length === 0
          ? { title: "暂无履职表现记录", hint: "表彰奖励、创新履职等记录经政治处确认后显示在这里" }
          : null
      }
    >
      <MeRows>
        {data.rows.map((r) => (
          <MeRow
            key={r.id}
            href={`/conduct/${r.id}`}
            title={r.title || describeKind(r)}
            meta={`${describeKind(r)} · ${formatDate(r.occurredOn)}`}
            badges={
              <>
                <StatusBadge status={r.category} labels={CATEGORY_LABELS} tones={CATEGORY_TONES} />
                {r.status !== "CONFIRMED" ? (
                  <StatusBadge status={r.status} labels={STATUS_LABELS} tones={STATUS_TONES} />
                ) : null}
              </>
            }
          />
        ))}
      </MeRows>
    </MeCard>
  );
}

export function CultureBlock({ data }: { data: NonNullable<MyPage["culture"]> }) {
  const none = data.essays + data.awards + data.clubs + data.events + data.photos === 0;
  return (
    <MeCard
      id="culture"
      title="我的文化活动"
      subtitle={`${data.year} 年度参与情况（计入考评的口径）`}
      figures={[
        { label: "征文投稿", value: data.essays },
        { label: "获奖", value: data.awards },
        { label: "参加社团", value: data.clubs },
        { label: "出席活动", value: data.events },
        { label: "照片入选", value: data.photos },
      ]}
      links={[{ href: "/culture#mine" }]}
      action={{ href: "/culture/events", label: "报名活动" }}
      empty={
        none
          ? {
              title: "今年还没有参加文化活动",
              hint: "可报名集体活动、加入社团、参加征文或上传活动照片",
            }
          : null
      }
    >
      <p className="py-2 text-xs text-slate-500">
        出席活动以组织者签到为准；获奖在评奖结果公布后计入；照片经审核通过后计入。
      </p>
    </MeCard>
  );
}

export function AppraisalBlock({ data }: { data: NonNullable<MyPage["appraisal"]> }) {
  return (
    <MeCard
      id="appraisal"
      title="我的考评表"
      subtitle="绩效考评中本人的考评表；结果在公示后显示"
      count={data.total}
      unit="份"
      links={[{ href: "/appraisal" }]}
      empty={
        data.rows.length === 0
          ? { title: "暂无考评表", hint: "考评启动后，您的考评表和评分任务会出现在这里" }
          : null
      }
    >
      <MeRows>
        {data.rows.map((r) => (
          <MeRow
            key={r.id}
            href={`/appraisal/${r.cycle.id}/sheets/${r.id}`}
            title={r.cycle.title}
            meta={r.totalCenti !== null ? `总分 ${(r.totalCenti / 100).toFixed(2)}` : "结果未公示"}
            badges={
              <>
                {r.grade ? (
                  <StatusBadge status={r.grade} labels={GRADE_LABELS} tones={GRADE_TONES} />
                ) : null}
                <StatusBadge
                  status={r.cycle.status}
                  labels={CYCLE_STATE_LABELS}
                  tones={CYCLE_STATE_TONES}
                />
              </>
            }
          />
        ))}
      </MeRows>
    </MeCard>
  );
}
