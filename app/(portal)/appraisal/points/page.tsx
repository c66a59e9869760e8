import type { Metadata } from "next";
import Link from "next/link";

import { ConductPointsForm, type PointsRowView } from "@/components/appraisal/points/points-form";
import { Card, PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/styles";
import { listConductPoints } from "@/lib/appraisal/points/queries";
import { formatPoints } from "@/lib/appraisal/points/schemas";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "履职表现加减分表" };

export default async function ConductPointsPage() {
  await requirePagePermission("appraisal.manage", "/appraisal/points");
  const rows = await listConductPoints();
  const view: PointsRowView[] = rows.map((r) => ({
    key: r.key,
    category: r.category,
    item: r.item,
    sign: r.sign,
    defaultText: formatPoints(r.defaultCenti),
    currentText: formatPoints(r.centi),
    input: (r.centi / 100).toFixed(2),
    basis: r.centi,
    changed: r.saved ? [r.saved.by, formatDateTime(r.saved.at)].filter(Boolean).join(" · ") : null,
  }));
  return (
    <>
      <PageHeader
        title="履职表现加减分表"
        description="考评指标“履职表现”（自动计分）= 80 分 + 考评期内每条已确认的履职表现记录按本表计的分值之和，结果在 0–100 分之间。"
        actions={
          <Link href="/appraisal" className={buttonClass.secondary}>
            返回绩效考评
          </Link>
        }
      />
      <Card title="修改规则" className="mb-4">
        <ul className="list-disc space-y-1 pl-5 text-sm text-slate-600">
          <li>
            修改保存后<strong className="text-slate-800">立即适用于处于“打分中”的考评周期</strong>
            （以及此后启动的周期），其“履职表现”得分按新分值重新计算。
          </li>
          <li>
            考评周期进入“校准”时，各项得分已随快照固定：
            <strong className="text-slate-800">已快照的周期不受本表修改影响</strong>。
          </li>
          <li>
            表彰奖励、创新履职为加分项（不小于 0）；规范司法问题、纪律处分为减分项（不大于
            0）。每项分值在 -20.00 至 +20.00 之间，最多两位小数。
          </li>
          <li>规范司法问题按严重程度计分；荣誉称号、创新履职按级别计分，未填级别的按院级计。</li>
          <li>
            一次保存的全部修改同时生效；如保存时某项已被他人修改，本次保存不生效，请刷新后重新填写。
          </li>
        </ul>
      </Card>
      <Card title="加减分表">
        <ConductPointsForm rows={view} />
      </Card>
    </>
  );
}
