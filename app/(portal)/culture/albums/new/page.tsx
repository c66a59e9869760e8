import type { Metadata } from "next";

import { AlbumForm } from "@/components/culture/album/album-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { listEventsWithoutAlbum } from "@/lib/culture/album/queries";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "新建相册" };

export default async function NewAlbumPage() {
  await requirePagePermission("culture.manage", "/culture/albums/new");
  const events = await listEventsWithoutAlbum();
  return (
    <>
      <PageHeader title="新建相册" description="为集体活动或社团活动建立相册，干警即可上传照片。" />
      <Card>
        <AlbumForm
          events={events.map((e) => ({
            value: e.id,
            label: `${e.title}（${formatDate(e.startsAt)}）`,
          }))}
        />
      </Card>
    </>
  );
}
