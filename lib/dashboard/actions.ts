"use server";

// 发起督办 from an early warning (政治处, followup.manage). The warning is
// recomputed here, so only a department that warns right now can be sent to
// the board, and only once while its warning follow-up is not closed.
import { revalidatePath } from "next/cache";

import { action } from "../action";
import { monthLabel } from "../dates";
import { ConflictError, NotFoundError } from "../errors";
import { openFollowUp } from "../follow-ups/open";
import { forgetDashboardFigures, loadSentiment, openWarningFollowUps } from "./queries";
import { OpenWarningFollowUpInput } from "./schemas";

export const openWarningFollowUp = action(
  {
    name: "dashboard.warning.followUp",
    permission: "followup.manage",
    input: OpenWarningFollowUpInput,
  },
  async ({ db, user, input, audit }) => {
    const department = await db.department.findUnique({
      where: { id: input.departmentId },
      select: { id: true, name: true },
    });
    if (!department) throw new NotFoundError();
    const warning = (await loadSentiment(db)).warnings.find(
      (w) => w.departmentId === department.id,
    );
    if (!warning) throw new ConflictError("该部门当前没有指数下降预警，请刷新页面");
    const existing = (await openWarningFollowUps(db, [department.id])).get(department.id);
    if (existing) throw new ConflictError("该部门的预警已在督办中，请到督办台查看");
    const f = await openFollowUp(db, {
      title: `${department.name}思想状况指数下降预警`,
      sourceType: "WARNING",
      sourceId: warning.month,
      departmentId: department.id,
      createdById: user.id,
      priority: "HIGH",
      note: `${monthLabel(warning.month)}思想状况指数 ${warning.latest}，较前 ${warning.baselineMonths.length} 个月基线 ${warning.baseline} 下降 ${warning.drop} 分（${warning.level === "SIGNIFICANT" ? "显著" : "待观察"}：${warning.reason}）。`,
    });
    Object.assign(audit, {
      objectType: "FollowUp",
      objectId: f.id,
      detail: { sourceType: "WARNING", departmentId: department.id, month: warning.month },
    });
    forgetDashboardFigures(); // the follow-up counts changed
    revalidatePath("/dashboard");
    revalidatePath("/follow-ups");
    return { id: f.id, link: `/follow-ups/${f.id}` };
  },
);
