// Setting a cycle up (草稿/指标设置): its categories and indicators from a
// template's definition or from an earlier cycle, written in the caller's
// transaction. Later edits replace the whole set, which is valid as a whole
// (TemplateDef) or not at all.
import "server-only";

import type { Tx } from "../../db";
import { NotFoundError } from "../../errors";
import { DEFAULT_DISTRIBUTION } from "../grades";
import { CATEGORIES, type Category } from "../labels";
import { cyclePeriod } from "../period";
import { TemplateDef } from "../template";

/** Writes the definition's categories and indicators for a cycle that has none. */
export async function writeIndicators(
  tx: Tx,
  cycleId: string,
  def: TemplateDef,
  newId?: (key: string) => string,
): Promise<void> {
  for (const c of def.categories) {
    const cat = await tx.appraisalCategory.create({
      data: {
        id: newId?.(`${cycleId}:${c.category}`),
        cycleId,
        category: c.category,
        weight: c.weight,
      },
    });
    await tx.appraisalIndicator.createMany({
      data: c.indicators.map((i, position) => ({
        id: newId?.(`${cat.id}:${position}`),
        cycleId,
        categoryId: cat.id,
        position,
        name: i.name,
        description: i.description,
        weight: i.weight,
        target: i.target,
        type: i.type,
        rule: i.type === "AUTO" ? i.rule : null,
        scorer: i.type === "MANUAL" ? i.scorer : null,
      })),
    });
  }
}

/** Replaces a cycle's whole indicator set (still in 草稿 or 指标设置; the caller checks). */
export async function replaceIndicators(tx: Tx, cycleId: string, def: TemplateDef): Promise<void> {
  await tx.appraisalIndicator.deleteMany({ where: { cycleId } });
  await tx.appraisalCategory.deleteMany({ where: { cycleId } });
  await writeIndicators(tx, cycleId, def);
}

/** A cycle's indicators as a definition (for copying, and for the editor). */
export async function definitionOf(tx: Tx, cycleId: string): Promise<TemplateDef> {
  const cats = await tx.appraisalCategory.findMany({
    where: { cycleId },
    include: { indicators: { orderBy: { position: "asc" } } },
  });
  const order = (c: string) => CATEGORIES.indexOf(c as Category);
  return TemplateDef.parse({
    categories: cats
      .sort((a, b) => order(a.category) - order(b.category))
      .map((c) => ({
        category: c.category,
        weight: c.weight,
        indicators: c.indicators.map((i) => ({
          name: i.name,
          description: i.description,
          weight: i.weight,
          target: i.target,
          type: i.type,
          rule: i.rule,
          scorer: i.scorer,
        })),
      })),
  });
}

export type NewCycle = {
  title: string;
  year: number;
  half: 1 | 2 | null;
  source: { templateId: string } | { copyFromId: string };
  createdById: string;
  /** Seeding passes stable ids for the cycle and its indicators. */
  newId?: (key: string) => string;
  id?: string;
};

/** A new 草稿 cycle with the indicators of a template, or of an earlier cycle (copied, not linked). */
export async function createCycleFrom(tx: Tx, c: NewCycle) {
  let def: TemplateDef;
  let distribution = JSON.stringify(DEFAULT_DISTRIBUTION);
  let templateId: string | null = null;
  let copiedFromId: string | null = null;
  if ("templateId" in c.source) {
    const t = await tx.appraisalTemplate.findUnique({ where: { id: c.source.templateId } });
    if (!t) throw new NotFoundError("考评模板不存在");
    def = TemplateDef.parse(JSON.parse(t.definition));
    templateId = t.id;
  } else {
    const from = await tx.appraisalCycle.findUnique({ where: { id: c.source.copyFromId } });
    if (!from) throw new NotFoundError("要复制的考评周期不存在");
    def = await definitionOf(tx, from.id);
    distribution = from.distribution;
    templateId = from.templateId;
    copiedFromId = from.id;
  }
  const { start, end } = cyclePeriod(c.year, c.half);
  const cycle = await tx.appraisalCycle.create({
    data: {
      id: c.id,
      title: c.title,
      year: c.year,
      half: c.half,
      periodStart: start,
      periodEnd: end,
      templateId,
      copiedFromId,
      distribution,
      createdById: c.createdById,
    },
  });
  await writeIndicators(tx, cycle.id, def, c.newId);
  return cycle;
}
