// Editing a 改革节点 from page 2 of a searched, filtered and sorted list
// (/dashboard/milestones): the 编辑 link keeps the list's query, page
// included, so the list stays where it was while the form is open and after
// saving; 取消编辑 returns to that list without the edit. SQLite and
// PostgreSQL.
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import MilestonesPage from "@/app/(portal)/dashboard/milestones/page";
import { updateMilestone } from "@/lib/dashboard/milestone-actions";
import { MILESTONES_PER_PAGE } from "@/lib/dashboard/milestone-list";
import { db } from "@/lib/db";

import { actAs, makeUser } from "./helpers";

const TAG = `翻页${Math.floor(Math.random() * 1e6)}`;
const ROWS = MILESTONES_PER_PAGE + 3;
const ids: string[] = [];
let po: { id: string };

// Two-digit numbers sort by name as they count; sorted descending, page 2
// holds 03, 02 and 01.
const label = (n: number) => `${TAG}-${String(n).padStart(2, "0")}`;
const query = { q: TAG, kind: "REFORM", sort: "label", dir: "desc", page: "2" };
const render = async (params: Record<string, string>) =>
  renderToStaticMarkup(await MilestonesPage({ searchParams: Promise.resolve(params) })).replaceAll(
    "&amp;",
    "&",
  );
// The href of the first link whose opening tag or text has `mark`.
const hrefOf = (html: string, mark: string) => {
  const a = html.match(new RegExp(`<a[^>]*(?:${mark}[^>]*>|>${mark}</a>)`))?.[0] ?? "";
  return new URL(a.match(/href="([^"]*)"/)![1], "http://x");
};

beforeAll(async () => {
  po = await makeUser({ roles: ["POLITICAL_OFFICE"] });
  for (let n = 1; n <= ROWS; n++) {
    const m = await db.milestone.create({
      data: { label: label(n), kind: "REFORM", fromMonth: "2025-01", toMonth: "2025-01" },
    });
    ids.push(m.id);
  }
  // Same name, another kind: the kind filter leaves it out.
  const other = await db.milestone.create({
    data: { label: `${TAG}-99`, kind: "QUOTA", fromMonth: "2025-01", toMonth: "2025-01" },
  });
  ids.push(other.id);
});

afterAll(async () => {
  await db.milestone.deleteMany({ where: { id: { in: ids } } });
  await db.user.delete({ where: { id: po.id } });
});

describe("editing a 改革节点 from a list's page 2", () => {
  it("keeps page, sort, filter and search while editing, after saving and on 取消编辑", async () => {
    await actAs(po);
    const list = await render(query);
    expect(list).toContain(`第 2 / 2 页`);
    expect(list).toContain(`>${label(3)}<`);
    expect(list).not.toContain(`>${label(4)}<`);

    const edit = hrefOf(list, `aria-label="编辑 ${label(2)}"`);
    expect(edit.pathname).toBe("/dashboard/milestones");
    expect(Object.fromEntries(edit.searchParams)).toEqual({ ...query, edit: ids[1] });

    const editing = async () => {
      const html = await render(Object.fromEntries(edit.searchParams));
      expect(html).toContain(`第 2 / 2 页`);
      expect(html).toContain(`>${label(3)}<`);
      expect(html).not.toContain(`>${label(4)}<`);
      return html;
    };
    const open = await editing();
    expect(open).toContain(`编辑改革节点：${label(2)}`);
    const cancel = hrefOf(open, "取消编辑");
    expect(cancel.pathname).toBe("/dashboard/milestones");
    expect(Object.fromEntries(cancel.searchParams)).toEqual(query);

    // Saving re-renders the same address (no redirect): still page 2.
    const saved = await updateMilestone({
      id: ids[1],
      label: `${label(2)}改`,
      kind: "REFORM",
      fromMonth: "2025-02",
      toMonth: "2025-02",
    });
    expect(saved).toMatchObject({ ok: true });
    expect(await editing()).toContain(`>${label(2)}改<`);
  });
});
