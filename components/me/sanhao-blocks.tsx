// "我的" blocks of 三好 and the 晴雨表: follow-ups, signed letters and major matters.
import { LETTER_STATUS_TONES } from "@/components/mailbox/tones";
import { MATTER_STATUS_TONES } from "@/components/major-matters/tones";
import { Badge } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import { STATUS_LABELS, STATUS_TONES } from "@/lib/follow-ups/labels";
import { formatDate } from "@/lib/format";
import { categoryLabel, LETTER_STATUS_LABELS } from "@/lib/mailbox/labels";
import { MATTER_STATUS_LABELS, matterCategoryLabel } from "@/lib/major-matters/labels";
import type { MyPage } from "@/lib/me/queries";

import { MeCard, MeRow, MeRows } from "./me-card";

export function FollowUpsBlock({
  data,
  userId,
}: {
  data: NonNullable<MyPage["followUps"]>;
  userId: string;
}) {
  return (
    <MeCard
      id="follow-ups"
      title="我承办的督办"
      subtitle="交由本人办理的督办事项"
      count={data.active}
      unit="项在办"
      figures={[
        { label: "在办", value: data.active },
        { label: "逾期", value: data.overdue, tone: data.overdue > 0 ? "alert" : "normal" },
        { label: "累计承办", value: data.total },
      ]}
      links={[{ href: `/follow-ups?assigneeId=${encodeURIComponent(userId)}` }]}
      empty={
        data.rows.length === 0
          ? {
              title: "暂无在办的督办事项",
              hint: "政治处交办给您的事项会出现在这里，办结后由政治处核销",
            }
          : null
      }
    >
      <MeRows>
        {data.rows.map((r) => (
          <MeRow
            key={r.id}
            href={`/follow-ups/${r.id}`}
            title={r.title}
            meta={r.dueDate ? `期限 ${formatDate(r.dueDate)}` : "未设期限"}
            badges={
              <>
                {r.overdue ? <Badge tone="red">逾期</Badge> : null}
                <StatusBadge status={r.status} labels={STATUS_LABELS} tones={STATUS_TONES} />
              </>
            }
          />
        ))}
      </MeRows>
    </MeCard>
  );
}

export function LettersBlock({ data }: { data: NonNullable<MyPage["letters"]> }) {
  return (
    <MeCard
      id="letters"
      title="我的署名来信"
      subtitle="检察长信箱中本人署名的来信；匿名来信不与账号关联，不在此显示"
      count={data.total}
      unit="封"
      links={[{ href: "/mailbox" }]}
      action={{ href: "/mailbox/new", label: "写信" }}
      empty={
        data.rows.length === 0
          ? {
              title: "暂无署名来信",
              hint: "可向检察长提出建议、诉求或反映问题；匿名来信请凭访问码查询",
            }
          : null
      }
    >
      <MeRows>
        {data.rows.map((r) => (
          <MeRow
            key={r.id}
            href={`/mailbox/letters/${r.id}`}
            title={r.subject}
            meta={`${categoryLabel(r.category)} · ${r.receivedOn}${r.replies > 0 ? ` · ${r.replies} 条答复` : ""}`}
            badges={
              <StatusBadge
                status={r.status}
                labels={LETTER_STATUS_LABELS}
                tones={LETTER_STATUS_TONES}
              />
            }
          />
        ))}
      </MeRows>
    </MeCard>
  );
}

export function MattersBlock({ data }: { data: NonNullable<MyPage["matters"]> }) {
  return (
    <MeCard
      id="matters"
      title="我的重大事项报告"
      subtitle="个人重大事项报告，仅本人与政治处可见"
      count={data.total}
      unit="份"
      figures={
        data.total > 0
          ? [
              { label: "待政治处确认", value: data.pending },
              { label: "已确认", value: data.total - data.pending },
            ]
          : undefined
      }
      links={[{ href: "/major-matters" }]}
      action={{ href: "/major-matters/new", label: "报告事项" }}
      empty={
        data.rows.length === 0
          ? { title: "暂无重大事项报告", hint: "婚姻变化、出国（境）、亲属从业等事项，请及时报告" }
          : null
      }
    >
      <MeRows>
        {data.rows.map((r) => (
          <MeRow
            key={r.id}
            href={`/major-matters/${r.id}`}
            title={matterCategoryLabel(r.category)}
            meta={`${r.occurredOn ? `发生于 ${formatDate(r.occurredOn)} · ` : ""}报告于 ${formatDate(r.createdAt)}`}
            badges={
              <StatusBadge
                status={r.status}
                labels={MATTER_STATUS_LABELS}
                tones={MATTER_STATUS_TONES}
              />
            }
          />
        ))}
      </MeRows>
    </MeCard>
  );
}
