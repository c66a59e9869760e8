// 党组引航's yearly goals (2025 and 2026), story texts written for 2026-11-01.
// Their years and the years in their texts move with the anchor (direction.ts).

export type GoalPlan = {
  key: string;
  year: number;
  title: string;
  status: string;
  description: string;
  by: "leader" | "zzc";
};

export const GOALS: GoalPlan[] = [
  {
    key: "2025-merge",
    year: 2025,
    status: "ACHIEVED",
    by: "leader",
    title: "区院合并平稳过渡",
    description:
      "完成原三院机构、人员、案件、档案和资产的整合，做到思想不乱、队伍不散、工作不断、干劲不减。\n筹备组与每一名干警个别谈话，摸清思想底数，确保合并期间队伍稳定。",
  },
  {
    key: "2025-reform",
    year: 2025,
    status: "ACHIEVED",
    by: "leader",
    title: "司法责任制改革落地见效",
    description:
      "完成首批检察官入额遴选，建立检察官权力清单和办案责任制，落实“谁办案谁负责、谁决定谁负责”。\n对未入额干警做好政策解读和思想疏导，稳妥推进人员分类管理。",
  },
  {
    key: "2025-hall",
    year: 2025,
    status: "DEFERRED",
    by: "zzc",
    title: "建设检察文化长廊和院史陈列室",
    description:
      "梳理三院历史沿革，征集老照片、老物件，建设院史陈列室。\n受合并后办公用房调整影响，顺延至 2026 年实施。",
  },
  {
    key: "2026-new",
    year: 2026,
    status: "IN_PROGRESS",
    by: "leader",
    title: "站在新起点、踏上新征程、迈上新台阶",
    description:
      "以区院合并为新起点，以司法责任制改革为新征程，推动各项检察工作迈上新台阶：\n一是办案质效进入全市前列；\n二是队伍思想稳定、作风过硬；\n三是争创全省先进基层检察院。",
  },
  {
    key: "2026-study",
    year: 2026,
    status: "IN_PROGRESS",
    by: "zzc",
    title: "推进“两学一做”学习教育常态化制度化",
    description:
      "以“三会一课”为基本制度，落实一把手讲党课、党员评议，规范支部台账，把学习教育融入日常、抓在经常。",
  },
  {
    key: "2026-club",
    year: 2026,
    status: "ACHIEVED",
    by: "zzc",
    title: "打造“东林法学社”青年干警学习品牌",
    description: "依托东林法学社组织青年干警读书分享、业务研讨和案例评析，每季度不少于一次活动。",
  },
  {
    key: "2026-hall",
    year: 2026,
    status: "PLANNED",
    by: "zzc",
    title: "建成检察文化长廊和院史陈列室",
    description: "承接 2025 年顺延事项，年底前完成设计方案，2027 年上半年建成开放。",
  },
];
