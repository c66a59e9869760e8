import type { Metadata } from "next";
import Link from "next/link";

import { PhotoGrid } from "@/components/culture/album/photo-grid";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/styles";
import { requirePagePermission } from "@/lib/auth/session";
import { listModerationQueue, listTaggablePeople } from "@/lib/culture/album/queries";
import { ReviewFilter } from "@/lib/culture/album/schemas";

export const metadata: Metadata = { title: "照片审核" };

export default async function PhotoReviewPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requirePagePermission("culture.manage", "/culture/albums/review");
  const f = ReviewFilter.parse(await searchParams);
  const [data, people] = await Promise.all([listModerationQueue(user, f), listTaggablePeople()]);
  const tab = (status: "PENDING" | "HIDDEN", label: string) => (
    <Link
      href={
        status === "PENDING" ? "/culture/albums/review" : "/culture/albums/review?status=HIDDEN"
      }
      aria-current={f.status === status ? "page" : undefined}
      className={f.status === status ? buttonClass.primary : buttonClass.secondary}
    >
      {label}
    </Link>
  );
  return (
    <>
      <PageHeader
        title="照片审核"
        description="干警上传的照片经审核通过后对全院发布；已隐藏的照片可以恢复发布。点击照片放大查看并审核。"
        actions={
          <Link href="/culture/albums" className={buttonClass.secondary}>
            返回相册列表
          </Link>
        }
      />
      <Card>
        <div className="mb-4 flex gap-2">
          {tab("PENDING", "待审核")}
          {tab("HIDDEN", "已隐藏")}
        </div>
        {data.photos.length === 0 ? (
          <EmptyState
            title={f.status === "PENDING" ? "没有待审核的照片" : "没有已隐藏的照片"}
            hint={f.status === "PENDING" ? "干警上传新照片后会出现在这里。" : undefined}
          />
        ) : (
          <PhotoGrid
            key={`${f.status}-${data.page}`}
            photos={data.photos}
            showAlbum
            viewing={{ viewerId: user.id, manages: true, people }}
          />
        )}
        <Pagination
          page={data.page}
          pages={data.pages}
          total={data.total}
          basePath="/culture/albums/review"
          params={{ status: f.status === "HIDDEN" ? "HIDDEN" : undefined }}
        />
      </Card>
    </>
  );
}
