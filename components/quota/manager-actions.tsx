import Link from "next/link";

import { ActionButton } from "@/components/ui/action-button";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/styles";
import { formatDate, toDateInput } from "@/lib/format";
import { concludeQuotaRound, startQuotaScoring } from "@/lib/quota/actions";
import { publicityEnded } from "@/lib/quota/rules";

import { PublishForm } from "./publish-form";
import { RoundForm } from "./round-form";
import type { Round } from "./types";

/** 政治处's next step for the round's status: start scoring, publish the 公示, conclude, or a 递补 batch. */
export function ManagerActions({ round, now }: { round: Round; now: Date }) {
  const today = toDateInput(now);
  const weekLater = toDateInput(new Date(now.getTime() + 6 * 24 * 3600_000));
  const admitted = round.counts.ADMITTED ?? 0;
  const remaining = round.places - admitted;
  let body: React.ReactNode;
  if (round.status === "REGISTRATION") {
    body = (
      <div className="space-y-4">
        <div className="flex flex-wrap items-center gap-3">
          <ActionButton
            action={startQuotaScoring}
            fields={{ roundId: round.id }}
            label="结束报名，开始评分"
            variant="primary"
            confirm={`开始评分后报名即结束，考核项目和权重不能再修改。当前报名 ${round.registrants} 人，确定开始评分？`}
          />
          <span className="text-sm text-slate-500">开始评分前可修改遴选设置和考核项目。</span>
        </div>
        <details className="rounded-md border border-slate-200 p-3">
          <summary className="cursor-pointer text-sm font-medium text-brand-700">
            修改遴选设置
          </summary>
          <div className="mt-3">
            <RoundForm
              values={{
                id: round.id,
                title: round.title,
                description: round.description,
                places: round.places,
                registrationOpensAt: toDateInput(round.registrationOpensAt),
                registrationClosesAt: toDateInput(round.registrationClosesAt),
                components: round.components.map((c) => ({
                  name: c.name,
                  weight: c.weight,
                  maxScore: c.maxScore,
                })),
              }}
            />
          </div>
        </details>
      </div>
    );
  } else if (round.status === "SCORING") {
    body = (
      <div className="space-y-4">
        <Link href={`/quota/${round.id}/scores`} className={buttonClass.primary}>
          录入成绩
        </Link>
        {round.ranked ? (
          <PublishForm
            roundId={round.id}
            defaultCount={Math.min(round.places, round.registrants)}
            defaultStart={today}
            defaultEnd={weekLater}
            supplement={false}
          />
        ) : (
          <p className="text-sm text-slate-600">
            全部报名人员的各项成绩录入完整后，系统计算总成绩和排名，即可发布公示。
          </p>
        )}
      </div>
    );
  } else if (round.status === "PUBLICITY") {
    body = publicityEnded(round, now) ? (
      <div className="flex flex-wrap items-center gap-3">
        <ActionButton
          action={concludeQuotaRound}
          fields={{ roundId: round.id }}
          label="确定入额结果"
          variant="primary"
          confirm={`公示期已满。确定后，公示中的 ${round.counts.PUBLICITY ?? 0} 人入额（标记为员额检察官），其余待定人员记为未入额，并通知全部报名人员。确定吗？`}
        />
      </div>
    ) : (
      <p className="text-sm text-slate-600">
        公示期至 {formatDate(round.publicityEndsOn)}，期满后可确定入额结果。
      </p>
    );
  } else {
    const waiting = round.counts.NOT_ADMITTED ?? 0;
    body =
      remaining > 0 && waiting > 0 ? (
        <div className="space-y-2">
          <p className="text-sm text-slate-600">
            尚余员额 {remaining} 名，可从未入额人员中按排名递补公示。
          </p>
          <PublishForm
            roundId={round.id}
            defaultCount={Math.min(remaining, waiting)}
            defaultStart={today}
            defaultEnd={weekLater}
            supplement
          />
        </div>
      ) : (
        <p className="text-sm text-slate-600">
          本轮遴选已结束{remaining > 0 ? "" : "，员额已满"}。
        </p>
      );
  }
  const details =
    round.status === "PUBLICITY" || round.status === "CONCLUDED" ? (
      <Link href={`/quota/${round.id}/scores`} className={buttonClass.link}>
        成绩明细
      </Link>
    ) : null;
  return (
    <Card title="遴选管理" className="mb-4" actions={details}>
      {body}
    </Card>
  );
}
