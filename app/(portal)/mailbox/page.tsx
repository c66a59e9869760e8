import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";

import { LETTER_STATUS_TONES } from "@/components/mailbox/tones";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import { buttonClass } from "@/components/ui/styles";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePagePermission } from "@/lib/auth/session";
import { categoryLabel, LETTER_STATUS_LABELS } from "@/lib/mailbox/labels";
import { canHandleMailbox, listMyLetters } from "@/lib/mailbox/queries";

export const metadata: Metadata = { title: "检察长信箱" };

export default async function MailboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requirePagePermission(["mailbox.write", "mailbox.handle"], "/mailbox");
  const [letters, handler] = await Promise.all([listMyLetters(user), canHandleMailbox(user)]);
  // The 检察长 comes here to read letters, not to write one: the inbox first
  // (its header links back to 我的来信, which opens this page with ?mine=1).
  if (handler && (await searchParams).mine !== "1") redirect("/mailbox/inbox");
  return (
    <>
      <PageHeader
        title="检察长信箱"
        description="向检察长提出建议、诉求或反映问题，可署名也可匿名。"
        actions={
          <div className="flex flex-wrap gap-2">
            <Link href="/mailbox/new" className={buttonClass.primary}>
              写信
            </Link>
            <Link href="/mailbox/track" className={buttonClass.secondary}>
              凭访问码查询
            </Link>
            {handler ? (
              <Link href="/mailbox/inbox" className={buttonClass.secondary}>
                来信处理
              </Link>
            ) : null}
          </div>
        }
      />
      <Card title="我的来信">
        {letters.length === 0 ? (
          <EmptyState
            title="暂无署名来信"
            hint="匿名来信不与账号关联，不会显示在这里，请凭访问码查询。"
          />
        ) : (
          <Table caption="我的署名来信">
            <thead>
              <tr>
                <Th>标题</Th>
                <Th>类别</Th>
                <Th>来信日期</Th>
                <Th>状态</Th>
                <Th>答复</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {letters.map((l) => (
                <tr key={l.id}>
                  <Td>
                    <Link
                      href={`/mailbox/letters/${l.id}`}
                      className="font-medium text-brand-700 hover:underline"
                    >
                      {l.subject}
                    </Link>
                  </Td>
                  <Td>{categoryLabel(l.category)}</Td>
                  <Td className="whitespace-nowrap">{l.receivedOn}</Td>
                  <Td>
                    <StatusBadge
                      status={l.status}
                      labels={LETTER_STATUS_LABELS}
                      tones={LETTER_STATUS_TONES}
                    />
                  </Td>
                  <Td>{l.replies ? `${l.replies} 条` : "—"}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <p className="mt-4 text-xs text-slate-500">
          匿名来信不记录账号、IP 地址和具体时间，也不会出现在“我的来信”中。
        </p>
      </Card>
    </>
  );
}
