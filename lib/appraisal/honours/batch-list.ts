// A cycle's 评先评优 batches on /appraisal/[id]/honours (issue 15 item 5):
// searched by batch or honour title, filtered by state and sorted through the
// URL. The rows are listHonourBatches' for the viewer's scope — the
// nominations column counts only the nominations that scope reads — so the
// page and the XLSX export, which both read this, show a head, a 院领导 and
// 政治处 each their own counts. A cycle has a handful of batches: the list is
// read whole and filtered and sorted here.
import "server-only";

import type { Sort } from "../../list-sort";
import { listHonourBatches, type HonourBatchRow, type HonourScope } from "./queries";
import { HONOUR_LEVELS, type HonourBatchFilter, type HonourBatchSort } from "./schemas";

const zh = new Intl.Collator("zh-CN");
const level = (l: string) => (HONOUR_LEVELS as readonly string[]).indexOf(l);

/** The sort in effect: a declared column of the URL, else the newest first. */
export function honourBatchSortOf(f: HonourBatchFilter): Sort<HonourBatchSort> {
  if (!f.sort) return { key: "createdAt", dir: "desc" };
  return { key: f.sort, dir: f.dir ?? (f.sort === "createdAt" ? "desc" : "asc") };
}

const CMP: Record<HonourBatchSort, (a: HonourBatchRow, b: HonourBatchRow) => number> = {
  createdAt: (a, b) => a.createdAt.getTime() - b.createdAt.getTime(),
  title: (a, b) => zh.compare(a.title, b.title),
  honourTitle: (a, b) => zh.compare(a.honourTitle, b.honourTitle),
  // 院级 < 市级 < 省级 < 国家级.
  level: (a, b) => level(a.level) - level(b.level),
  // 推荐中 before 已结束.
  status: (a, b) => (a.status === b.status ? 0 : a.status === "OPEN" ? -1 : 1),
};

/** The cycle's batches for the scope, filtered and sorted (ties: newest first). */
export async function listHonourBatchRows(
  s: HonourScope,
  cycleId: string,
  f: HonourBatchFilter,
): Promise<HonourBatchRow[]> {
  const rows = await listHonourBatches(s, cycleId);
  const { key, dir } = honourBatchSortOf(f);
  const sign = dir === "asc" ? 1 : -1;
  return rows
    .filter((b) => !f.status || b.status === f.status)
    .filter((b) => !f.q || b.title.includes(f.q) || b.honourTitle.includes(f.q))
    .sort((a, b) => sign * CMP[key](a, b));
}
