// The 院's appraisal template, after 《无锡市梁溪区人民检察院工作人员绩效考评实施办法》:
// the requirements of ideological work (political study, political
// discipline, the 动态信息报告 system, innovation and teamwork) broken down
// into 共同目标, 职责目标 and 综合性评价 for departments and individuals, with
// the AUTO indicators taken from the portal's own records ("凭数据说话").
// Validated by the app's own TemplateDef, so a wrong weight fails the seed.
import { TemplateDef } from "../../lib/appraisal/template";
import type { Tx } from "../../lib/db-client";
import { storyAt } from "./clock";
import { stableId } from "./random";

export const TEMPLATE_NAME = "工作人员绩效考评实施办法（2025 年修订）";

const auto = (name: string, weight: number, target: string, rule: string, description = "") => ({
  name,
  weight,
  target,
  type: "AUTO",
  rule,
  scorer: null,
  description,
});
const manual = (
  name: string,
  weight: number,
  target: string,
  scorer: string,
  description = "",
) => ({
  name,
  weight,
  target,
  type: "MANUAL",
  rule: null,
  scorer,
  description,
});

export const DEFAULT_TEMPLATE = TemplateDef.parse({
  categories: [
    {
      category: "COMMON",
      weight: 30,
      indicators: [
        auto(
          "政治理论学习出席",
          25,
          "BOTH",
          "STUDY_ATTENDANCE",
          "三会一课与理想信念、法治理念、职业道德、纪律规矩教育",
        ),
        auto("学习积分", 15, "INDIVIDUAL", "STUDY_POINTS"),
        auto(
          "遵守政治纪律和规矩",
          25,
          "BOTH",
          "CONDUCT_POINTS",
          "表彰奖励加分，规范司法问题与纪律处分减分",
        ),
        auto("动态信息报告报送", 15, "BOTH", "REPORT_COMPLIANCE", "干警动态信息报告制度"),
        auto("动态信息报告及时", 10, "BOTH", "REPORT_TIMELINESS"),
        auto("检察文化参与", 10, "INDIVIDUAL", "CULTURE_PARTICIPATION"),
      ],
    },
    {
      category: "DUTY",
      weight: 50,
      indicators: [
        manual("部门职责目标完成情况", 35, "DEPARTMENT", "SUPERVISOR"),
        manual("个人职责目标完成情况", 35, "INDIVIDUAL", "DEPT_HEAD"),
        auto("谈心谈话覆盖", 10, "BOTH", "TALK_COVERAGE"),
        auto("督办事项按期办结", 10, "BOTH", "FOLLOWUP_ON_TIME"),
        auto("改革咨询 24 小时答复", 10, "INDIVIDUAL", "CONSULT_SLA"),
      ],
    },
    {
      category: "OVERALL",
      weight: 20,
      indicators: [
        manual("民主测评", 50, "INDIVIDUAL", "PEER", "本部门同事互评，≥5 人匿名汇总"),
        manual("开拓创新与团队协作", 50, "BOTH", "SUPERVISOR"),
      ],
    },
  ],
});

export async function seedAppraisalTemplate(tx: Tx) {
  await tx.appraisalTemplate.create({
    data: {
      id: stableId("appraisal-template:2025"),
      name: TEMPLATE_NAME,
      description:
        "将政治理论学习、遵守政治纪律、落实干警动态信息报告制度、培育开拓创新和团队协作精神等要求，细化分解到部门和干警个人的共同目标、职责目标、综合性评价考评中。",
      definition: JSON.stringify(DEFAULT_TEMPLATE),
      createdAt: storyAt("2025-01-10"),
      updatedAt: storyAt("2025-01-10"),
    },
  });
  return { indicators: DEFAULT_TEMPLATE.categories.reduce((n, c) => n + c.indicators.length, 0) };
}
