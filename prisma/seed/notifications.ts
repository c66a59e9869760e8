// In-app notifications for the demo accounts, so that the bell is not empty
// on first login: some unread, some already read.
import { daysBefore } from "./clock";
import { stableId } from "./random";

export type SeedNotification = {
  id: string;
  userId: string;
  title: string;
  body: string;
  link: string | null;
  readAt: Date | null;
  createdAt: Date;
};

type Draft = { title: string; body: string; link?: string; daysAgo: number; hour: number; read: boolean };

const WELCOME: Draft = {
  title: "欢迎使用思政工作平台",
  body: "本平台落实“三好、三主、三合”思想政治工作模式。首次使用请先核对个人信息；如有疑问请联系政治处。",
  link: "/",
  daysAgo: 28,
  hour: 9,
  read: true,
};

const DRAFTS: Record<string, Draft[]> = {
  leader: [
    WELCOME,
    { title: "检察长信箱收到新来信", body: "检察长信箱新收到 1 封来信（匿名），请及时阅处。", daysAgo: 2, hour: 16, read: false },
    { title: "三季度干警思想状况分析报告已生成", body: "政治处已根据平台数据自动起草三季度干警思想状况分析报告，请审阅。", daysAgo: 9, hour: 10, read: false },
  ],
  zzc: [
    WELCOME,
    { title: "新的改革咨询待答复", body: "第三检察部干警就员额退出机制提出咨询，请于 24 小时内答复。", daysAgo: 1, hour: 11, read: false },
    { title: "督办事项即将到期", body: "有 2 项关注人员跟进事项将于 3 日内到期，请及时更新进展。", daysAgo: 3, hour: 8, read: false },
    { title: "第二检察部 9 月份思想动态报告已提交", body: "第二检察部信息员已提交 9 月份思想动态报告，请及时分办。", daysAgo: 27, hour: 15, read: true },
  ],
  head1: [
    WELCOME,
    { title: "本部门 9 月份思想动态报告待审阅", body: "第一检察部信息员已提交 9 月份思想动态报告，请审阅。", daysAgo: 26, hour: 14, read: true },
    { title: "一岗双责：请于月底前完成部门谈心谈话", body: "按照政治处部署，请于本月底前完成本部门干警谈心谈话并录入记录。", daysAgo: 6, hour: 9, read: false },
  ],
  liaison1: [
    WELCOME,
    { title: "请于 11 月 5 日前提交 10 月份思想动态报告", body: "请于 11 月 5 日前提交本部门 10 月份思想动态报告；如遇突发情况，请通过即时报告报送。", daysAgo: 2, hour: 9, read: false },
    { title: "9 月份思想动态报告已审阅", body: "部门负责人已审阅第一检察部 9 月份思想动态报告。", daysAgo: 25, hour: 17, read: true },
  ],
  staff1: [
    WELCOME,
    { title: "两学一做：11 月主题党日活动通知", body: "第一党支部将于 11 月 6 日下午召开支部党员大会并讲党课，请准时参加。", daysAgo: 3, hour: 10, read: false },
    { title: "思想状况测评已开始", body: "本季度思想状况测评已开始，匿名填写，约需 2 分钟。", daysAgo: 12, hour: 9, read: true },
  ],
  admin: [WELCOME],
  auditor: [WELCOME],
};

export function buildNotifications(userIds: Map<string, string>): SeedNotification[] {
  const rows: SeedNotification[] = [];
  for (const [username, drafts] of Object.entries(DRAFTS)) {
    const userId = userIds.get(username);
    if (!userId) throw new Error(`notification for unknown user ${username}`);
    drafts.forEach((d, i) => {
      const createdAt = daysBefore(d.daysAgo, d.hour, 30);
      rows.push({
        id: stableId(`notification:${username}:${i}`),
        userId,
        title: d.title,
        body: d.body,
        link: d.link ?? null,
        readAt: d.read ? new Date(createdAt.getTime() + 2 * 60 * 60 * 1000) : null,
        createdAt,
      });
    });
  }
  return rows;
}
