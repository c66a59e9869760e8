// 党组引航's nine deployments, cascaded to departments with owners, due dates
// and progress notes, in every status. Story dates written for 2026-11-01;
// `goal` and `meeting` name keys in goals.ts and meetings.ts. `start` notes
// are reported in turn while in progress, `done` notes when an assignment is done.
import type { Ymd } from "./ymd";

type Owner = "head" | "liaison";
export type AssignmentPlan = {
  dept: string;
  owner?: Owner;
  due: Ymd;
  status: "OPEN" | "IN_PROGRESS" | "DONE";
  doneOn?: Ymd;
};
export type DeploymentPlan = {
  key: string;
  title: string;
  description: string;
  goal?: string;
  meeting?: string;
  created: Ymd;
  by: "leader" | "zzc";
  start: string[];
  done: string[];
  assignments: AssignmentPlan[];
};

export const DEPLOYMENTS: DeploymentPlan[] = [
  {
    key: "d-merge-talks",
    title: "完成三院干警个别谈心谈话全覆盖",
    goal: "2025-merge",
    meeting: "m-2025-01-dangzu",
    created: [2025, 1, 9],
    by: "leader",
    description:
      "合并前由院领导和部门负责人与每一名干警个别谈话，摸清思想底数，收集意见建议，2 月底前完成。",
    start: [
      "已制定谈话方案，按老、中、青三个层次分组，分工到人。",
      "已完成过半谈话，干警普遍关心岗位安排和通勤问题。",
    ],
    done: [
      "本部门谈话全部完成，意见建议已分类汇总报政治处。",
      "谈话全覆盖，未发现明显不稳定因素。",
    ],
    assignments: [
      { dept: "ZZC", due: [2025, 2, 28], status: "DONE", doneOn: [2025, 2, 26] },
      { dept: "JC1", due: [2025, 2, 28], status: "DONE", doneOn: [2025, 2, 21] },
      { dept: "JC2", due: [2025, 2, 28], status: "DONE", doneOn: [2025, 2, 25] },
      { dept: "FJDD", due: [2025, 2, 28], status: "DONE", doneOn: [2025, 2, 27] },
    ],
  },
  {
    key: "d-merge-systems",
    title: "合并后办案系统、档案和办公资产整合",
    goal: "2025-merge",
    meeting: "m-2025-01-quanyuan",
    created: [2025, 1, 16],
    by: "zzc",
    description: "统一业务应用系统账号和案件数据，整合三院档案，清点调拨办公资产。",
    start: ["已完成数据迁移方案，正分批迁移。", "已完成清点，正在办理调拨手续。"],
    done: ["整合完成，经抽查数据一致。", "全部完成，台账已移交办公室。"],
    assignments: [
      { dept: "AGB", due: [2025, 3, 31], status: "DONE", doneOn: [2025, 3, 28] },
      { dept: "JSXX", due: [2025, 3, 31], status: "DONE", doneOn: [2025, 3, 20] },
      { dept: "JWBZ", due: [2025, 3, 31], status: "DONE", doneOn: [2025, 4, 15] },
    ],
  },
  {
    key: "d-reform-lists",
    title: "制定检察官权力清单和办案责任制实施细则",
    goal: "2025-reform",
    meeting: "m-2025-04-yuanwu",
    created: [2025, 4, 11],
    by: "leader",
    description:
      "各业务部门提出本部门检察官权力清单建议稿；案件管理部牵头起草办案责任制实施细则，6 月底前报院务会。",
    start: ["已组织部门检察官逐项梳理职权，形成初稿。", "初稿已征求部门意见，正在修改完善。"],
    done: ["建议稿已报送案件管理部汇总。", "实施细则经院务会审议通过。"],
    assignments: [
      { dept: "JC1", due: [2025, 6, 30], status: "DONE", doneOn: [2025, 6, 20] },
      { dept: "JC2", due: [2025, 6, 30], status: "DONE", doneOn: [2025, 6, 24] },
      { dept: "JC3", due: [2025, 6, 30], status: "DONE", doneOn: [2025, 6, 27] },
      { dept: "AGB", due: [2025, 6, 30], status: "DONE", doneOn: [2025, 6, 30] },
    ],
  },
  {
    key: "d-2026-quality",
    title: "制定并落实 2026 年度办案质效提升计划",
    goal: "2026-new",
    meeting: "m-2026-01-quanyuan",
    created: [2026, 1, 21],
    by: "leader",
    description:
      "各业务部门对照全市先进，查找短板，制定本部门办案质效提升计划，明确指标和措施，按季度报送落实情况。",
    start: [
      "计划已制定并经分管院领导审定，一季度指标完成情况良好。",
      "二季度案件量上升，审限内结案率略有下降，已调整分案。",
      "三季度已开展案件质量评查。",
    ],
    done: ["各项指标均已完成，总结已报送。"],
    assignments: [
      { dept: "JC1", due: [2026, 12, 20], status: "IN_PROGRESS" },
      { dept: "JC2", due: [2026, 9, 30], status: "DONE", doneOn: [2026, 9, 28] },
      { dept: "JC3", due: [2026, 9, 30], status: "IN_PROGRESS" },
      { dept: "WJB", due: [2026, 12, 20], status: "OPEN" },
    ],
  },
  {
    key: "d-unadmitted",
    title: "做好未入额干警思想疏导和岗位安排",
    goal: "2026-new",
    meeting: "m-2026-03-zuotan",
    created: [2026, 3, 26],
    by: "zzc",
    description:
      "对未入额检察官助理、书记员逐一谈心，结合个人意愿和业务专长优化岗位安排，6 月底前完成。",
    start: ["已完成本部门未入额人员名单梳理，谈话已完成一半。", "岗位调整方案已征求本人意见。"],
    done: ["谈心谈话和岗位安排全部完成，本人均表示理解。"],
    assignments: [
      { dept: "ZZC", due: [2026, 5, 31], status: "DONE", doneOn: [2026, 5, 29] },
      { dept: "JC1", due: [2026, 6, 30], status: "IN_PROGRESS" },
      { dept: "JC2", due: [2026, 6, 30], status: "DONE", doneOn: [2026, 6, 18] },
    ],
  },
  {
    key: "d-club",
    title: "东林法学社首期青年干警读书分享会",
    goal: "2026-club",
    meeting: "m-2026-04-yuanwu",
    created: [2026, 4, 9],
    by: "zzc",
    description: "二季度组织首期读书分享会，各部门推荐 1–2 名青年干警分享读书心得。",
    start: ["已推荐分享人，正在准备发言材料。"],
    done: ["已按时参加分享会，分享材料已报政治处。", "分享会顺利举办，青年干警反响热烈。"],
    assignments: [
      { dept: "ZZC", due: [2026, 6, 30], status: "DONE", doneOn: [2026, 6, 19] },
      { dept: "JC6", due: [2026, 6, 30], status: "DONE", doneOn: [2026, 6, 15] },
      { dept: "WJB", due: [2026, 6, 30], status: "DONE", doneOn: [2026, 6, 15] },
    ],
  },
  {
    key: "d-pressure",
    title: "开展“工作压力”专题减压谈心活动",
    meeting: "m-2026-06-fenxi",
    created: [2026, 6, 28],
    by: "zzc",
    description:
      "针对上半年思想状况分析中“工作压力”热点，各重点部门负责人与干警逐一谈心，合理调配任务，组织一次减压活动。",
    start: ["已制定谈心计划，优先安排加班较多的干警。", "已完成部分谈话，正在协调调配案件。"],
    done: ["谈心全覆盖，已组织心理减压讲座一次。", "活动已完成，干警反映良好。"],
    assignments: [
      { dept: "JC1", owner: "liaison", due: [2026, 8, 31], status: "DONE", doneOn: [2026, 8, 25] },
      { dept: "JC4", due: [2026, 8, 31], status: "IN_PROGRESS" },
      { dept: "FJDD", due: [2026, 9, 15], status: "OPEN" },
      { dept: "ZZC", due: [2026, 8, 31], status: "DONE", doneOn: [2026, 8, 20] },
    ],
  },
  {
    key: "d-three-meetings",
    title: "“三会一课”台账规范化整改",
    goal: "2026-study",
    meeting: "m-2026-10-dangzu",
    created: [2026, 10, 15],
    by: "zzc",
    description: "对照党支部工作条例，规范“三会一课”记录，补齐缺项，年底前完成整改并报政治处检查。",
    start: ["已对照清单自查，发现记录不全 3 处，正在补正。", "已安排专人负责台账，按月归档。"],
    done: ["整改完成，台账已报政治处检查。"],
    assignments: [
      { dept: "ZZC", due: [2026, 12, 31], status: "IN_PROGRESS" },
      { dept: "BGS", due: [2026, 12, 15], status: "IN_PROGRESS" },
      { dept: "JC1", due: [2026, 12, 15], status: "OPEN" },
      { dept: "JC2", due: [2026, 12, 15], status: "IN_PROGRESS" },
      { dept: "JC4", due: [2026, 12, 15], status: "OPEN" },
      { dept: "JC5", due: [2026, 12, 15], status: "DONE", doneOn: [2026, 10, 30] },
    ],
  },
  {
    key: "d-open-day",
    title: "筹办“检察开放日”活动",
    created: [2026, 10, 20],
    by: "leader",
    description: "邀请人大代表、政协委员和社区群众走进检察院，展示合并以来的工作成效。年底前举办。",
    start: ["已拟定活动方案，正在联系邀请对象。"],
    done: ["活动已举办。"],
    assignments: [
      { dept: "BGS", due: [2026, 12, 31], status: "IN_PROGRESS" },
      { dept: "WJB", due: [2026, 12, 31], status: "OPEN" },
      { dept: "JWBZ", due: [2026, 12, 31], status: "OPEN" },
    ],
  },
];
