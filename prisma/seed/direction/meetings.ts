// 党组引航's fourteen meetings of all five kinds, with minutes and decisions:
// story dates and texts written for 2026-11-01, moved onto the anchor by
// direction.ts. `audience` says who attended (attendeesFor in direction.ts).
import type { Ymd } from "./ymd";

export type Audience = "party" | "council" | "all" | "young" | "unadmitted" | "analysis";
export type MeetingPlan = {
  key: string;
  type: string;
  title: string;
  date: Ymd;
  audience: Audience;
  minutes: string;
  decisions: string;
};

export const MEETINGS: MeetingPlan[] = [
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
