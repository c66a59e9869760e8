import { ActionButton } from "@/components/ui/action-button";
import { Card } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import type { SessionUser } from "@/lib/auth/session";
import { formatDate, formatDateTime } from "@/lib/format";
import { registerForQuota, withdrawFromQuota } from "@/lib/quota/actions";
import { OUTCOME_LABELS } from "@/lib/quota/labels";
import { getMyRegistration, quotaEligibility } from "@/lib/quota/queries";
import { centiToInput, formatCenti } from "@/lib/scores";

import { OUTCOME_TONES } from "./tones";
import type { Round } from "./types";

/** The viewer's own registration: register, withdraw, and their scores and rank once complete. */
export async function MyRegistration({
  user,
  round,
  open,
}: {
  user: SessionUser;
  round: Round;
  open: boolean;
}) {
  const [mine, eligibility] = await Promise.all([
    getMyRegistration(user, round.id),
    quotaEligibility(user),
  ]);
  if (!mine) {
    if (!open) return null;
    return (
      <Card title="我的报名" className="mb-4">
        {eligibility.eligible ? (
          <div className="flex flex-wrap items-center gap-3">
            <p className="text-sm text-slate-600">
              报名截止日期：{formatDate(round.registrationClosesAt)}。
            </p>
            <ActionButton
              action={registerForQuota}
              fields={{ roundId: round.id }}
              label="报名"
              variant="primary"
            />
          </div>
        ) : (
          <p className="text-sm text-slate-600">
            {eligibility.prosecutor ? "您已是员额检察官，无需报名。" : "您的账户不符合报名条件。"}
          </p>
        )}
      </Card>
    );
  }
  return (
    <Card
      title="我的报名"
      className="mb-4"
      actions={
        open ? (
          <ActionButton
            action={withdrawFromQuota}
            fields={{ roundId: round.id }}
            label="撤回报名"
            confirm={`确定撤回「${round.title}」的报名？报名截止前可重新报名。`}
          />
        ) : null
      }
    >
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <StatusBadge status={mine.outcome} labels={OUTCOME_LABELS} tones={OUTCOME_TONES} />
        <span className="text-slate-600">报名时间 {formatDateTime(mine.registeredAt)}</span>
      </p>
      {mine.scores ? (
        <dl className="mt-3 grid grid-cols-2 gap-3 text-sm sm:grid-cols-5">
          {round.components.map((c) => (
            <div key={c.id}>
              <dt className="text-slate-500">{c.name}</dt>
              <dd className="mt-1 tabular-nums">
                {centiToInput(mine.scores![c.id])} / {c.maxScore}
              </dd>
            </div>
          ))}
          <div>
            <dt className="text-slate-500">总成绩</dt>
            <dd className="mt-1 font-semibold tabular-nums">{formatCenti(mine.totalCenti)}</dd>
          </div>
          <div>
            <dt className="text-slate-500">排名</dt>
            <dd className="mt-1 font-semibold">第 {mine.rank} 名</dd>
          </div>
        </dl>
      ) : (
        <p className="mt-2 text-sm text-slate-500">
          全部成绩录入完成后，可在此查看本人各项成绩、总成绩和排名。
        </p>
      )}
    </Card>
  );
}
