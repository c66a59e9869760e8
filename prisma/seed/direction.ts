// 党组引航 demo data: 2025 and 2026 goals, fourteen meetings of all five kinds
// with minutes and decisions, and nine deployments cascaded to departments
// with owners, due dates and progress — in every status, some overdue
// (against the anchor). The story follows the reports seed: 区院合并 early in
// 2025, 司法责任制改革 and 入额 from March to June 2025, and 第四检察部 under
// persistent case pressure from March 2026 — story dates, written for
// 2026-11-01 and moved by whole months onto the anchor (prisma/seed/clock.ts),
// texts and years with them.
// Deterministic for a given anchor day: ids from stableId, no other clock.
import type { Tx } from "../../lib/db-client";
import { quarterLabel, SEED_ANCHOR, shanghaiDate, story, storyText, storyYearAt } from "./clock";
import type { Organisation, SeedUser } from "./org";
import { Rng, stableId } from "./random";

type Ymd = readonly [number, number, number];
const at = ([y, m, d]: Ymd, hour = 9, minute = 0) =>
  new Date(shanghaiDate(y, m, d).getTime() + ((hour - 9) * 60 + minute) * 60_000);

// ---- Goals -------------------------------------------------------------------

type GoalPlan = {
  key: string;
  year: number;
  title: string;
  status: string;
  description: string;
  by: "leader" | "zzc";
};

const GOALS: GoalPlan[] = [
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

// ---- Meetings ------------------------------------------------------------------

type Audience = "party" | "council" | "all" | "young" | "unadmitted" | "analysis";
type MeetingPlan = {
  key: string;
  type: string;
  title: string;
  date: Ymd;
  audience: Audience;
  minutes: string;
  decisions: string;
};

const MEETINGS: MeetingPlan[] = [
  {
    key: "m-2025-01-dangzu",
    type: "DANGZU",
    title: "党组会：研究部署区院合并筹备工作",
    date: [2025, 1, 8],
    audience: "party",
    minutes:
      "会议传达了市院关于区院合并工作的部署要求，听取了筹备组关于机构设置、人员安置和案件移交的方案汇报。\n与会同志一致认为，合并是大势所趋，关键在于人心稳定。要把思想政治工作摆在首位，做到底数清、情况明。",
    decisions:
      "一、成立合并筹备工作组，检察长任组长，政治处具体牵头。\n二、合并前由院领导和部门负责人与每一名干警个别谈话，2 月底前完成。\n三、建立合并期间思想动态周报制度，各部门信息员每周报送。",
  },
  {
    key: "m-2025-01-quanyuan",
    type: "QUANYUAN",
    title: "区院合并动员大会",
    date: [2025, 1, 15],
    audience: "all",
    minutes:
      "检察长作动员讲话，通报合并工作方案和时间表，回应了干警普遍关心的岗位安排、职级待遇和通勤问题。\n政治处就人员安置政策作说明，各部门负责人作表态发言。",
    decisions:
      "一、合并工作按“机构先行、人员随调、案件不断”的原则推进。\n二、3 月底前完成办案系统、档案和办公资产的整合。\n三、合并期间各项办案工作不停、不断、不乱。",
  },
  {
    key: "m-2025-02-zuotan",
    type: "ZUOTAN",
    title: "区院合并青年干警集中座谈会",
    date: [2025, 2, 20],
    audience: "young",
    minutes:
      "二十余名 35 岁以下干警参加座谈。大家对合并后的发展平台普遍看好，也反映了通勤距离变远、部门调整后业务不熟悉等实际困难。\n院领导逐一回应，对能当场解决的问题当场解决。",
    decisions:
      "一、开通合并后的通勤班车，检务保障部负责。\n二、对调整岗位的青年干警安排业务骨干结对帮带。",
  },
  {
    key: "m-2025-03-fenxi",
    type: "FENXI",
    title: "2025 年第一季度干警思想状况分析会",
    date: [2025, 3, 28],
    audience: "analysis",
    minutes:
      "各部门信息员汇报一季度思想动态。合并后队伍总体稳定，但司法责任制改革方案公布后，入额、员额退出成为讨论热点，部分干警思想有波动。",
    decisions:
      "一、政治处开设改革咨询台，24 小时内答复干警咨询。\n二、对思想波动明显的干警，由部门负责人一周内完成谈心谈话。",
  },
  {
    key: "m-2025-04-yuanwu",
    type: "YUANWU",
    title: "院务会：司法责任制改革推进会",
    date: [2025, 4, 10],
    audience: "council",
    minutes:
      "会议研究了检察官权力清单和办案责任制实施细则起草工作，听取了入额遴选工作进展汇报。\n会议强调，改革既要积极稳妥，也要做细做实思想工作，让干警理解改革、支持改革、参与改革。",
    decisions:
      "一、各业务部门 6 月底前提出本部门检察官权力清单建议稿。\n二、案件管理部牵头制定办案责任制实施细则。\n三、入额遴选结果公示后，政治处对未入额干警逐一谈话。",
  },
  {
    key: "m-2025-06-fenxi",
    type: "FENXI",
    title: "2025 年第二季度干警思想状况分析会",
    date: [2025, 6, 27],
    audience: "analysis",
    minutes:
      "首批 56 名检察官入额，另有 10 人进入公示。未入额干警对今后发展方向有顾虑，改革咨询累计 200 余人次，多数问题已当面解答。",
    decisions:
      "一、编印政策解读汇编，在内网“司法责任制改革”专栏发布。\n二、把未入额干警列为下半年谈心谈话重点对象。",
  },
  {
    key: "m-2025-09-fenxi",
    type: "FENXI",
    title: "2025 年第三季度干警思想状况分析会",
    date: [2025, 9, 26],
    audience: "analysis",
    minutes:
      "改革配套制度陆续落地，队伍思想趋于稳定。各部门反映办案量较合并前增长，工作压力成为新的关注点。",
    decisions: "一、各部门结合办案量合理调配人员。\n二、四季度组织一次干警健康体检和心理减压讲座。",
  },
  {
    key: "m-2025-12-dangzu",
    type: "DANGZU",
    title: "党组会：审议 2026 年度工作目标",
    date: [2025, 12, 30],
    audience: "party",
    minutes:
      "会议回顾了 2025 年区院合并和司法责任制改革工作，审议了 2026 年度工作目标。\n会议认为，合并和改革两项大事已平稳完成，全院站在了新的起点上。",
    decisions:
      "一、确定 2026 年度总体目标：站在新起点、踏上新征程、迈上新台阶。\n二、院史陈列室建设顺延至 2026 年实施。\n三、1 月下旬召开全院干警大会进行部署。",
  },
  {
    key: "m-2026-01-quanyuan",
    type: "QUANYUAN",
    title: "2026 年全院干警大会暨年度工作部署会",
    date: [2026, 1, 20],
    audience: "all",
    minutes:
      "检察长作年度工作报告，总结 2025 年工作，部署 2026 年任务。会议表彰了 2025 年度先进集体和先进个人。",
    decisions:
      "一、各业务部门制定本部门办案质效提升计划，年底前对照完成。\n二、全面推进“两学一做”学习教育常态化制度化。",
  },
  {
    key: "m-2026-03-zuotan",
    type: "ZUOTAN",
    title: "未入额干警集中座谈会",
    date: [2026, 3, 25],
    audience: "unadmitted",
    minutes:
      "未入额检察官助理、书记员代表参加座谈，谈了对职业发展、下一批遴选和职级晋升的想法。\n政治处就遴选政策、助理职级序列作了解读。",
    decisions:
      "一、政治处会同相关部门做好未入额干警思想疏导和岗位安排。\n二、下一批遴选前组织一次业务培训。",
  },
  {
    key: "m-2026-04-yuanwu",
    type: "YUANWU",
    title: "院务会：一季度工作讲评",
    date: [2026, 4, 8],
    audience: "council",
    minutes:
      "会议讲评一季度办案质效，第四检察部案件量同比大幅上升。会议同意依托东林法学社开展青年干警读书分享活动。",
    decisions: "一、东林法学社二季度组织首期读书分享会。\n二、研究第四检察部人员调配方案。",
  },
  {
    key: "m-2026-06-fenxi",
    type: "FENXI",
    title: "2026 年上半年干警思想状况分析会",
    date: [2026, 6, 26],
    audience: "analysis",
    minutes:
      "队伍总体稳定。第四检察部连续数月反映加班多、压力大，士气偏低；司法警察大队勤务任务重。“工作压力”成为上半年最集中的热点。",
    decisions:
      "一、开展“工作压力”专题减压谈心活动，第四检察部和司法警察大队为重点。\n二、政治处跟踪第四检察部人员情况，每月向党组报告。",
  },
  {
    key: "m-2026-09-fenxi",
    type: "FENXI",
    title: "2026 年第三季度干警思想状况分析会",
    date: [2026, 9, 25],
    audience: "analysis",
    minutes:
      "减压谈心活动在多数部门已完成，第四检察部情况尚未根本好转。青年干警参加东林法学社活动积极性高。",
    decisions: "一、对减压谈心活动未按期完成的部门进行督办。\n二、四季度重点关注年底结案压力。",
  },
  {
    key: "m-2026-10-dangzu",
    type: "DANGZU",
    title: "党组会：研究“两学一做”学习教育常态化制度化",
    date: [2026, 10, 14],
    audience: "party",
    minutes:
      "会议听取了政治处关于各支部“三会一课”开展情况的汇报，部分支部台账记录不规范、学习形式单一。",
    decisions:
      "一、各部门年底前完成“三会一课”台账规范化整改。\n二、院领导年内到所在支部讲一次党课。",
  },
];

// ---- Deployments ---------------------------------------------------------------

type Owner = "head" | "liaison";
type AssignmentPlan = {
  dept: string;
  owner?: Owner;
  due: Ymd;
  status: "OPEN" | "IN_PROGRESS" | "DONE";
  doneOn?: Ymd;
};
type DeploymentPlan = {
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

const DEPLOYMENTS: DeploymentPlan[] = [
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

// ---- Build and insert ----------------------------------------------------------

/** A meeting's title moved with its date; an analysis meeting names the quarter it looks back on. */
function meetingTitle(m: MeetingPlan): string {
  const held = story(m.date[0], m.date[1], m.date[2]);
  if (m.type === "FENXI" && /季度/.test(m.title)) {
    const label = quarterLabel(new Date(held.getTime() - 30 * DAY_MS));
    return m.title.replace(/\d{4} 年第.季度/, label.replace("年", " 年"));
  }
  return storyText(m.title, [...m.date]);
}

const ymdOf = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

const DAY_MS = 24 * 60 * 60 * 1000;

function people(org: Organisation) {
  const user = (username: string) => {
    const u = org.users.find((x) => x.username === username);
    if (!u) throw new Error(`direction seed: no user ${username}`);
    return u;
  };
  const dept = (code: string) => {
    const d = org.departments.find((x) => x.code === code);
    if (!d) throw new Error(`direction seed: no department ${code}`);
    return d;
  };
  const business = org.users.filter(
    (u) => !u.roles.includes("SYS_ADMIN") && !u.roles.includes("AUDITOR"),
  );
  const leaders = org.users.filter((u) => u.departmentCode === "LD");
  const zzcHead = org.users.find((u) => u.departmentCode === "ZZC" && u.position === "政治处主任")!;
  return { user, dept, business, leaders, zzcHead };
}

function attendeesFor(audience: Audience, org: Organisation, rng: Rng): SeedUser[] {
  const { business, leaders, zzcHead } = people(org);
  const heads = org.departments.map((d) => d.headId).filter((x): x is string => !!x);
  const liaisons = org.departments.map((d) => d.liaisonId).filter((x): x is string => !!x);
  const byIds = (ids: string[]) => business.filter((u) => ids.includes(u.id));
  switch (audience) {
    case "party":
      return [...leaders, zzcHead];
    case "council":
      return [...leaders, ...byIds(heads)];
    case "all":
      // A few on leave or on duty elsewhere.
      return business.filter(() => !rng.chance(0.06));
    case "young":
      return [
        leaders[0],
        zzcHead,
        ...rng
          .shuffle(business.filter((u) => u.birthYear >= 1991 && u.departmentCode !== "LD"))
          .slice(0, 22),
      ];
    case "unadmitted":
      return [
        leaders[1],
        zzcHead,
        ...rng
          .shuffle(
            business.filter(
              (u) => !u.prosecutor && (u.position === "检察官助理" || u.position === "书记员"),
            ),
          )
          .slice(0, 16),
      ];
    case "analysis":
      return [
        ...leaders,
        ...business.filter((u) => u.departmentCode === "ZZC"),
        ...byIds(liaisons),
      ];
  }
}

export type DirectionSeedSummary = {
  goals: number;
  meetings: number;
  attendees: number;
  deployments: number;
  assignments: number;
  progress: number;
};

export async function seedDirection(tx: Tx, org: Organisation): Promise<DirectionSeedSummary> {
  const rng = new Rng(20170301);
  const { user, dept } = people(org);
  const creators = { leader: user("leader").id, zzc: user("zzc").id };
  const goalId = (key: string) => stableId(`direction:goal:${key}`);
  const meetingId = (key: string) => stableId(`direction:meeting:${key}`);

  await tx.goal.createMany({
    data: GOALS.map((g) => {
      const createdAt = at([g.year - 1, 12, 31], 16);
      const mid = [g.year, 6, 30] as [number, number, number];
      return {
        id: goalId(g.key),
        year: storyYearAt(g.year, mid),
        title: storyText(g.title, mid),
        description: storyText(g.description, mid),
        status: g.status,
        createdById: creators[g.by],
        createdAt,
        updatedAt: createdAt,
      };
    }),
  });

  let attendeeRows = 0;
  for (const m of MEETINGS) {
    const heldAt = at(m.date, 9, 30);
    const createdAt = new Date(heldAt.getTime() + DAY_MS);
    await tx.meeting.create({
      data: {
        id: meetingId(m.key),
        type: m.type,
        title: meetingTitle(m),
        heldAt,
        minutes: storyText(m.minutes, [...m.date]),
        decisions: storyText(m.decisions, [...m.date]),
        createdById: creators.zzc,
        createdAt,
        updatedAt: createdAt,
      },
    });
    const ids = [...new Set(attendeesFor(m.audience, org, rng).map((u) => u.id))];
    await tx.meetingAttendee.createMany({
      data: ids.map((userId) => ({ meetingId: meetingId(m.key), userId })),
    });
    attendeeRows += ids.length;
  }

  let assignments = 0;
  let progress = 0;
  const notifications: {
    id: string;
    userId: string;
    title: string;
    body: string;
    link: string;
    readAt: Date | null;
    createdAt: Date;
  }[] = [];
  for (const d of DEPLOYMENTS) {
    const id = stableId(`direction:deployment:${d.key}`);
    const createdAt = at(d.created, 10);
    await tx.deployment.create({
      data: {
        id,
        title: storyText(d.title, [...d.created]),
        description: storyText(d.description, [...d.created]),
        createdById: creators[d.by],
        createdAt,
        updatedAt: createdAt,
        goalId: d.goal ? goalId(d.goal) : null,
        meetingId: d.meeting ? meetingId(d.meeting) : null,
      },
    });
    for (const [i, a] of d.assignments.entries()) {
      const department = dept(a.dept);
      const ownerId =
        (a.owner === "liaison" ? department.liaisonId : department.headId) ?? department.headId!;
      const reporter = department.liaisonId ?? ownerId;
      const entries = progressEntries(d, a, createdAt, i, rng);
      const aid = stableId(`direction:assignment:${d.key}:${a.dept}`);
      const updatedAt = entries.length ? entries[entries.length - 1].at : createdAt;
      await tx.deploymentAssignment.create({
        data: {
          id: aid,
          deploymentId: id,
          departmentId: department.id,
          ownerId,
          dueDate: at(a.due, 0),
          status: a.status,
          createdAt,
          updatedAt,
        },
      });
      await tx.deploymentProgress.createMany({
        data: entries.map((e, n) => ({
          id: stableId(`direction:progress:${d.key}:${a.dept}:${n}`),
          assignmentId: aid,
          authorId: n % 2 === 0 ? reporter : ownerId,
          note: e.note,
          status: e.status,
          createdAt: e.at,
        })),
      });
      assignments++;
      progress += entries.length;
      // The demo accounts' bell shows the assignment notices they would have received.
      const demo = org.users.find(
        (u) => u.id === ownerId && (u.username === "head1" || u.username === "liaison1"),
      );
      if (demo) {
        notifications.push({
          id: stableId(`notification:direction:${d.key}:${demo.username}`),
          userId: demo.id,
          title: `部署事项：${storyText(d.title, [...d.created])}`,
          body: `您是${department.name}的责任人，请于 ${ymdOf(at(a.due))} 前完成，并及时报送落实进展。`,
          link: `/direction/deployments/${id}`,
          readAt: a.status === "OPEN" ? null : new Date(createdAt.getTime() + 3 * 3600_000),
          createdAt,
        });
      }
    }
  }
  if (notifications.length) await tx.notification.createMany({ data: notifications });
  return {
    goals: GOALS.length,
    meetings: MEETINGS.length,
    attendees: attendeeRows,
    deployments: DEPLOYMENTS.length,
    assignments,
    progress,
  };
}

/** Progress notes leading up to the assignment's current status. */
function progressEntries(
  d: DeploymentPlan,
  a: AssignmentPlan,
  createdAt: Date,
  index: number,
  rng: Rng,
): { note: string; status: string; at: Date }[] {
  if (a.status === "OPEN") return [];
  const end = a.doneOn ? at(a.doneOn, 16, 30) : null;
  const due = at(a.due, 0);
  // Unfinished work reports up to the earlier of its due date and the seed's "today".
  const horizon =
    end ?? new Date(Math.min(due.getTime() - 5 * DAY_MS, SEED_ANCHOR.getTime() - 4 * DAY_MS));
  const span = Math.max(horizon.getTime() - createdAt.getTime(), 4 * DAY_MS);
  const starts =
    a.status === "DONE"
      ? Math.min(d.start.length, 1 + (index % 2))
      : Math.min(d.start.length, 1 + ((index + 1) % 2) + (d.start.length > 2 ? 1 : 0));
  const out: { note: string; status: string; at: Date }[] = [];
  for (let n = 0; n < starts; n++) {
    // createdAt is 10:00 local; land on a later day, within office hours.
    const days = Math.max(
      1,
      Math.floor((span * (n + 1)) / (starts + (end ? 1 : 0) + 0.5) / DAY_MS),
    );
    const when = new Date(
      createdAt.getTime() +
        days * DAY_MS +
        (rng.int(9, 17) - 10) * 3600_000 +
        rng.pick([0, 15, 30, 45]) * 60_000,
    );
    out.push({ note: d.start[n], status: "IN_PROGRESS", at: when });
  }
  if (end) out.push({ note: d.done[index % d.done.length], status: "DONE", at: end });
  return out;
}
