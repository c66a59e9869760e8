import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { ArticleBody } from "@/components/columns/article-body";
import { EntryScoring } from "@/components/culture/essays/entry-scoring";
import { PublishToColumn } from "@/components/culture/essays/publish-to-column";
import { AWARD_TONES } from "@/components/culture/essays/tones";
import { Card, PageHeader } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import { buttonClass } from "@/components/ui/styles";
import { formatFileSize } from "@/lib/attachments/types";
import { requirePagePermission } from "@/lib/auth/session";
import { getEntry } from "@/lib/culture/essays/judging";
import { AWARD_LABELS } from "@/lib/culture/essays/labels";
import { listColumnChoices, myEntry } from "@/lib/culture/essays/queries";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "征文作品" };

export default async function EssayEntryPage({
  params,
}: {
  params: Promise<{ id: string; entryId: string }>;
}) {
  const { id, entryId } = await params;
  const user = await requirePagePermission(
    ["culture.participate", "culture.manage"],
    "/culture/essays/[id]/entries/[entryId]",
  );
  const entry = await getEntry(user, entryId);
  if (!entry || entry.call.id !== id) notFound();
  const published = entry.call.resultsPublishedAt !== null;
  const mayPublish =
    entry.role === "MANAGER" &&
    published &&
    entry.award !== null &&
    !entry.articleHref &&
    entry.body !== "" &&
    (await myEntry(user, id)) === null;
  const columns = mayPublish ? await listColumnChoices() : [];
  const heading = entry.no
    ? `作品 ${String(entry.no).padStart(2, "0")}：${entry.title}`
    : entry.title;
  return (
    <>
      <PageHeader
        title={heading}
        description={[
          entry.authorName ? `${entry.authorName}（${entry.departmentName}）` : "匿名评审中",
          `提交于 ${formatDateTime(entry.submittedAt)}`,
          entry.call.title,
        ].join(" · ")}
        actions={
          <div className="flex flex-wrap gap-2">
            {entry.role ? (
              <Link href={`/culture/essays/${id}/judging`} className={buttonClass.secondary}>
                返回评审列表
              </Link>
            ) : null}
            <Link href={`/culture/essays/${id}`} className={buttonClass.secondary}>
              返回征文
            </Link>
          </div>
        }
      />
      <div className="space-y-4">
        <Card
          title={
            <span className="flex items-center gap-2">
              作品
              {published && entry.award ? (
                <StatusBadge status={entry.award} labels={AWARD_LABELS} tones={AWARD_TONES} />
              ) : null}
            </span>
          }
        >
          {entry.body ? (
            <ArticleBody format="TEXT" body={entry.body} />
          ) : (
            <p className="text-sm text-slate-500">本作品以文件形式提交，请下载阅读。</p>
          )}
          {entry.files.length > 0 ? (
            <ul className="mt-4 space-y-1 text-sm">
              {entry.files.map((f) => (
                <li key={f.id}>
                  <a href={`/api/attachments/${f.id}`} className={buttonClass.link}>
                    {f.fileName}
                  </a>
                  <span className="ml-2 text-xs text-slate-500">{formatFileSize(f.size)}</span>
                </li>
              ))}
            </ul>
          ) : null}
          {entry.articleHref ? (
            <Link href={entry.articleHref} className={`${buttonClass.link} mt-4 inline-block`}>
              已发布到专栏，查看文章
            </Link>
          ) : null}
        </Card>
        {entry.role ? (
          <Card title="评分">
            <EntryScoring entry={entry} now={new Date()} />
          </Card>
        ) : null}
        {mayPublish ? (
          <Card title="发布到专栏">
            <PublishToColumn entryId={entry.id} columns={columns} columnId={entry.call.columnId} />
          </Card>
        ) : null}
      </div>
    </>
  );
}
