import type { Metadata } from "next";
import Link from "next/link";

import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ExportButton } from "@/components/ui/export-button";
import { FilterBar, FilterInput } from "@/components/ui/filter-bar";
import { Pagination } from "@/components/ui/pagination";
import { SortLinks } from "@/components/ui/sort-links";
import { buttonClass } from "@/components/ui/styles";
import { requirePagePermission } from "@/lib/auth/session";
import { managesAlbums } from "@/lib/culture/album/access";
import { albumSortOf, countPendingPhotos, listAlbums } from "@/lib/culture/album/queries";
import { AlbumListFilter } from "@/lib/culture/album/schemas";
import { formatDate } from "@/lib/format";
import { withParams } from "@/lib/list-sort";

const SORTS = [
  { column: "eventOn", label: "活动日期" },
  { column: "title", label: "相册名称" },
] as const;

export const metadata: Metadata = { title: "电子相册" };

export default async function AlbumsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requirePagePermission(
    ["culture.participate", "culture.manage"],
    "/culture/albums",
  );
  const filter = AlbumListFilter.parse(await searchParams);
  const params = { q: filter.q, sort: filter.sort, dir: filter.dir };
  const manages = managesAlbums(user.roles);
  const [data, pending] = await Promise.all([listAlbums(user, filter), countPendingPhotos(user)]);
  return (
    <>
      <PageHeader
        title="电子相册"
        description="全院集体活动、社团活动的照片。干警上传的照片经政治处审核后发布，可在照片中标记同事。"
        actions={
          manages ? (
            <div className="flex flex-wrap gap-2">
              <Link href="/culture/albums/review" className={buttonClass.secondary}>
                照片审核{pending ? `（${pending} 张待审核）` : ""}
              </Link>
              <Link href="/culture/albums/new" className={buttonClass.primary}>
                新建相册
              </Link>
            </div>
          ) : null
        }
      />
      <Card>
        <FilterBar
          label="搜索相册"
          clearHref="/culture/albums"
          hidden={{ sort: filter.sort ?? "", dir: filter.dir ?? "" }}
        >
          <FilterInput
            label="关键词"
            name="q"
            type="search"
            value={filter.q}
            placeholder="相册或活动名称"
          />
        </FilterBar>
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
          <SortLinks
            columns={SORTS}
            sort={albumSortOf(filter)}
            basePath="/culture/albums"
            params={params}
          />
          <span className="flex items-center gap-3">
            共 {data.total} 个相册
            {data.total > 0 ? (
              <ExportButton href={`/culture/albums/export${withParams(params, {})}`} />
            ) : null}
          </span>
        </div>
        {data.rows.length === 0 ? (
          <EmptyState
            title={filter.q ? "没有符合条件的相册" : "暂无相册"}
            hint={
              filter.q
                ? undefined
                : manages
                  ? "点击右上角“新建相册”，为集体活动或社团活动建立相册。"
                  : "政治处为活动建立相册后，您可以在相册中上传和查看照片。"
            }
          />
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {data.rows.map((a) => (
              <li key={a.id} className="overflow-hidden rounded-md border border-slate-200">
                <Link href={`/culture/albums/${a.id}`} className="group block">
                  <div className="flex aspect-[3/2] items-center justify-center bg-slate-100 text-sm text-slate-600">
                    {a.coverUrl ? (
                      // eslint-disable-next-line @next/next/no-img-element -- an authorised route, not a static asset
                      <img src={a.coverUrl} alt="" className="h-full w-full object-cover" />
                    ) : (
                      "暂无已发布的照片"
                    )}
                  </div>
                  <div className="space-y-1 p-3">
                    <h2 className="font-medium text-slate-900 group-hover:text-brand-700">
                      {a.title}
                    </h2>
                    <p className="text-xs text-slate-500">
                      {a.eventOn ? formatDate(a.eventOn) : "未设活动日期"} · {a.photoCount} 张照片
                      {a.eventTitle ? ` · 活动：${a.eventTitle}` : ""}
                    </p>
                  </div>
                </Link>
              </li>
            ))}
          </ul>
        )}
        <Pagination
          page={filter.page}
          pages={data.pages}
          total={data.total}
          basePath="/culture/albums"
          params={params}
        />
      </Card>
    </>
  );
}
