import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { PhotoGrid } from "@/components/culture/album/photo-grid";
import { PhotoUpload } from "@/components/culture/album/photo-upload";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/styles";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { managesAlbums } from "@/lib/culture/album/access";
import { getAlbum, listTaggablePeople } from "@/lib/culture/album/queries";
import { AlbumPageFilter } from "@/lib/culture/album/schemas";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "相册" };

export default async function AlbumPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { id } = await params;
  const user = await requirePagePermission(
    ["culture.participate", "culture.manage"],
    `/culture/albums/${id}`,
  );
  const f = AlbumPageFilter.parse(await searchParams);
  const data = await getAlbum(user, id.slice(0, 40), { page: f.page, photoId: f.photo });
  if (!data) notFound();
  const manages = managesAlbums(user.roles);
  const people = await listTaggablePeople();
  const { album } = data;
  return (
    <>
      <PageHeader
        title={album.title}
        description={[
          album.eventOn ? formatDate(album.eventOn) : null,
          album.event ? `活动：${album.event.title}` : null,
          `${data.total} 张照片`,
        ]
          .filter(Boolean)
          .join(" · ")}
        actions={
          <Link href="/culture/albums" className={buttonClass.secondary}>
            返回相册列表
          </Link>
        }
      />
      {album.description ? (
        <p className="mb-4 text-sm whitespace-pre-line text-slate-600">{album.description}</p>
      ) : null}
      <div className="space-y-4">
        {can(user.roles, "culture.participate") ? (
          <Card title="上传照片">
            <PhotoUpload albumId={album.id} />
          </Card>
        ) : null}
        <Card title="照片">
          {data.photos.length === 0 ? (
            <EmptyState
              title="相册里还没有照片"
              hint="在上方选择照片上传；照片经政治处审核后对全院发布。"
            />
          ) : (
            <PhotoGrid
              key={data.page}
              photos={data.photos}
              focus={data.focus}
              viewing={{ viewerId: user.id, manages, people }}
            />
          )}
          <Pagination
            page={data.page}
            pages={data.pages}
            total={data.total}
            basePath={`/culture/albums/${album.id}`}
            params={{}}
          />
          {!manages ? (
            <p className="mt-2 text-xs text-slate-500">
              您上传的照片在政治处审核前只有您自己能看到。
            </p>
          ) : null}
        </Card>
      </div>
    </>
  );
}
