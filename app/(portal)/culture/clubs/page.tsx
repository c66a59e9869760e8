import type { Metadata } from "next";
import Link from "next/link";

import { ClubList } from "@/components/culture/clubs/club-list";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/styles";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { listClubs } from "@/lib/culture/clubs/queries";
import { ClubListFilter } from "@/lib/culture/clubs/schemas";

export const metadata: Metadata = { title: "社团" };

export default async function ClubsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requirePagePermission(
    ["culture.participate", "culture.manage"],
    "/culture/clubs",
  );
  const { page } = ClubListFilter.parse(await searchParams);
  const data = await listClubs(user, page);
  const manage = can(user.roles, "culture.manage");
  return (
    <>
      <PageHeader
        title="社团"
        description="干警自愿参加的文化社团：申请加入由社团负责人审批，成员可报名社团的读书分享、讲座等活动"
        actions={
          manage ? (
            <Link href="/culture/clubs/new" className={buttonClass.primary}>
              新建社团
            </Link>
          ) : null
        }
      />
      <Card>
        {data.rows.length === 0 ? (
          <EmptyState
            title="还没有社团"
            hint={
              manage ? "点击右上角“新建社团”，填写章程并指定负责人" : "政治处设立社团后会显示在这里"
            }
          />
        ) : (
          <ClubList rows={data.rows} />
        )}
        <Pagination
          page={page}
          pages={data.pages}
          total={data.total}
          basePath="/culture/clubs"
          params={{}}
        />
      </Card>
    </>
  );
}
