import { Badge, Card, EmptyState } from "@/components/ui/card";
import { ExportButton } from "@/components/ui/export-button";
import { FilterBar, FilterInput, FilterSelect } from "@/components/ui/filter-bar";
import { Pagination } from "@/components/ui/pagination";
import { SortTh } from "@/components/ui/sort-th";
import { Table, Td, Th } from "@/components/ui/table";
import { withParams } from "@/lib/list-sort";
import { listCampaignMembers, memberSortOf } from "@/lib/talks/campaign-members";
import { MEMBER_STATE_LABELS } from "@/lib/talks/campaign-members-export";
import type { CampaignMemberFilter } from "@/lib/talks/schemas";

/**
 * A campaign's members, searched by name or department, filtered by 已谈/未谈
 * and sorted through the URL, with 导出 Excel of the same rows.
 */
export async function CampaignMembers({
  campaign,
  filter: f,
  params,
}: {
  campaign: { id: string; title: string; startsOn: Date; endsOn: Date };
  filter: CampaignMemberFilter;
  params: Readonly<Record<string, string | undefined>>;
}) {
  const data = await listCampaignMembers(campaign, f);
  const basePath = `/talks/campaigns/${campaign.id}`;
  const sortable = { sort: memberSortOf(f), basePath, params, hash: "#members" };
  const filtered = Boolean(f.q || f.state);
  return (
    <Card id="members" title={`计划人员（${data.total}）`} className="mt-4">
      <FilterBar
        label="筛选计划人员"
        clearHref={`${basePath}#members`}
        columns={3}
        hidden={{ sort: f.sort ?? "", dir: f.dir ?? "" }}
      >
        <FilterInput label="关键词" name="q" type="search" value={f.q} placeholder="姓名或部门" />
        <FilterSelect label="谈话状态" name="state" value={f.state} options={MEMBER_STATE_LABELS} />
      </FilterBar>
      {data.total > 0 ? (
        <div className="mb-3 flex justify-end">
          <ExportButton href={`${basePath}/export${withParams(params, {})}`} />
        </div>
      ) : null}
      {data.rows.length === 0 ? (
        <EmptyState
          title={filtered ? "没有符合条件的人员" : "本计划没有人员"}
          hint={filtered ? "请调整或清除筛选条件。" : undefined}
        />
      ) : (
        <Table caption="计划人员及谈话状态">
          <thead>
            <tr>
              <SortTh label="姓名" column="name" {...sortable} />
              <SortTh label="职务" column="position" {...sortable} />
              <SortTh label="部门" column="department" {...sortable} />
              <SortTh label="谈话人" column="interviewer" {...sortable} />
              <Th>状态</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {data.rows.map((m) => (
              <tr key={m.userId}>
                <Td className="whitespace-nowrap">{m.realName}</Td>
                <Td>{m.position || "—"}</Td>
                <Td className="whitespace-nowrap">{m.department ?? "未分配部门"}</Td>
                <Td className="whitespace-nowrap">{m.interviewer ?? "未分配"}</Td>
                <Td>
                  <Badge tone={m.covered ? "green" : "amber"}>{m.covered ? "已谈" : "未谈"}</Badge>
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination
        page={f.page}
        pages={data.pages}
        total={data.total}
        basePath={basePath}
        params={{ q: f.q, state: f.state, sort: f.sort, dir: f.dir }}
        hash="#members"
      />
    </Card>
  );
}
