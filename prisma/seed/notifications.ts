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

type Draft = {
  title: string;
  body: string;
  link?: string;
  daysAgo: number;
  hour: number;
  read: boolean;
};

const WELCOME: Draft = {
  title: "欢迎使用思政工作平台",
  body: "本平台落实“三好、三主、三合”思想政治工作模式。首次使用请先核对个人信息；如有疑问请联系政治处。",
  link: "/",
  daysAgo: 28,
  hour: 9,
  read: true,
};

const SECURITY_TIP: Draft = {
  title: "账户安全提醒",
  body: "密码每 90 天须更换一次；连续输错 5 次将锁定 30 分钟。请勿与他人共用账户。",
  link: "/account",
  daysAgo: 3,
  hour: 10,
  read: false,
};

// Only notices about things that exist. Later features' seeds add their own
// notifications (report reminders, answered consultations…) pointing at real records.
const DRAFTS: Record<string, Draft[]> = Object.fromEntries(
  ["leader", "zzc", "head1", "liaison1", "staff1", "admin", "auditor"].map((u) => [
    u,
    [WELCOME, SECURITY_TIP],
  ]),
);

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
