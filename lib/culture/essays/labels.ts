// The essay-call vocabulary: award levels in display order, and their Chinese labels.
export const AWARDS = ["FIRST", "SECOND", "THIRD", "EXCELLENCE"] as const;
export type Award = (typeof AWARDS)[number];

export const AWARD_LABELS: Record<Award, string> = {
  FIRST: "一等奖",
  SECOND: "二等奖",
  THIRD: "三等奖",
  EXCELLENCE: "优秀奖",
};

export function awardLabel(award: string | null | undefined): string {
  return award && award in AWARD_LABELS ? AWARD_LABELS[award as Award] : "";
}

/** Where a call stands at `now`: before its window, open, closed (judging), or results out. */
export type CallPhase = "UPCOMING" | "OPEN" | "CLOSED" | "PUBLISHED";

export const PHASE_LABELS: Record<CallPhase, string> = {
  UPCOMING: "未开始",
  OPEN: "征集中",
  CLOSED: "评审中",
  PUBLISHED: "已公布",
};

export function callPhase(
  call: { opensAt: Date; closesAt: Date; resultsPublishedAt: Date | null },
  now: Date,
): CallPhase {
  if (call.resultsPublishedAt) return "PUBLISHED";
  if (now < call.opensAt) return "UPCOMING";
  if (now < call.closesAt) return "OPEN";
  return "CLOSED";
}

/** The Chinese messages of the essay-call actions, in one place. */
export const ESSAY_MESSAGES = {
  notOpen: "征文尚未开始或已截止，不能提交或修改作品",
  alreadySubmitted: "您已提交过本次征文的作品，请刷新页面后在原作品上修改",
  needContent: "请填写正文或上传 Word（DOCX）/PDF 文件",
  fileType: "作品文件仅支持 Word（DOCX）或 PDF",
  notJudging: "征文截止后、结果公布前才能评分",
  notJudge: "您不是本次征文的评委，不能评分",
  ownEntry: "这是您本人的作品，按回避规定不能由您评分",
  resultsOut: "结果已公布，不能再修改",
  notClosed: "征文截止后才能评奖",
  recused: "您本人参加了本次征文，按回避规定不参与评奖和公布结果",
  noAwards: "尚未评出任何奖项，请先评奖再公布结果",
  notPublished: "结果公布后才能发布获奖作品",
  notAwarded: "只有获奖作品可以发布到专栏",
  noBody: "该作品没有正文（仅有文件），无法发布到专栏",
  alreadyPublished: "该作品已发布到专栏",
  noColumn: "请选择要发布到的专栏",
  criteriaLocked: "已有评分，不能再修改评分标准",
  windowOrder: "截止时间须晚于开始时间",
} as const;

/** Shown beside the judging pages: how judging works here. */
export const JUDGING_RULES =
  "评审规则：征文截止后，评委和政治处按评分标准逐项打分（每项 1–10 分）。作品总分为各评委完整评分合计的平均值。评审采用匿名方式，结果公布前评委看不到作者姓名；评委不评本人作品（回避）。";
