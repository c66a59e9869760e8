import type { Metadata } from "next";

import { TrackClient } from "@/components/mailbox/track-client";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "来信查询 · 检察长信箱" };

export default function TrackPage() {
  return (
    <Card>
      <h1 className="mb-2 text-xl font-semibold text-slate-900">凭访问码查询来信</h1>
      <p className="mb-4 text-sm text-slate-600">
        输入匿名来信后获得的访问码，可查看办理状态、检察长答复，并追加留言。本页面不记录您的身份；同一网络地址每小时最多可输错
        10 次。
      </p>
      <TrackClient />
    </Card>
  );
}
