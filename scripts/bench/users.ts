// The virtual users of `npm run bench:users` (scripts/bench-users.ts): each
// one is a demo account signed in from its own address, working the portal
// as its role would — pages read, and now and then a write through the
// app's own server actions (a study log, a consultation, notifications
// marked read) — with a think time between steps.
import fs from "node:fs";

import { DEMO_PASSWORD } from "../../prisma/seed/accounts";

export type Account = { username: string; roles: string[] };
export type Sample = { step: string; write: boolean; ms: number; error: string | null };

type Step = { name: string; weight: number; run: (vu: VirtualUser) => Promise<string | null> };

/** The server actions a virtual user calls: their ids and a page that serves them, from the build. */
export type ActionRef = { id: string; page: string };
export function actionRefs(): Record<string, ActionRef> {
  const manifest = JSON.parse(
    fs.readFileSync(".next/server/server-reference-manifest.json", "utf8"),
  ) as {
    node: Record<
      string,
      { workers: Record<string, unknown>; filename?: string; exportedName?: string }
    >;
  };
  const want: Record<string, string> = {
    createStudyLog: "lib/study/log/actions.ts",
    askConsultation: "lib/consult/actions.ts",
    markAllNotificationsRead: "lib/notifications/actions.ts",
  };
  const out: Record<string, ActionRef> = {};
  for (const [id, v] of Object.entries(manifest.node)) {
    if (!v.exportedName || want[v.exportedName] !== v.filename) continue;
    const worker = Object.keys(v.workers)[0];
    const page = worker
      .replace(/^app/, "")
      .replace(/\/\([^)]+\)/g, "")
      .replace(/\/page$/, "");
    out[v.exportedName] = { id, page: page || "/" };
  }
  for (const name of Object.keys(want))
    if (!out[name]) throw new Error(`server action ${name} is not in the build's manifest`);
  return out;
}

const read = (path: string, weight: number): Step => ({
  name: `GET ${path}`,
  weight,
  run: (vu) => vu.get(path),
});

const day = (daysAgo: number) =>
  new Date(Date.now() + 8 * 3600_000 - daysAgo * 86400_000).toISOString().slice(0, 10);

/** What each role does, by weight: reads of its usual pages, and about one step in ten a write. */
function stepsOf(roles: string[]): Step[] {
  const steps: Step[] = [
    read("/", 20),
    read("/me", 12),
    read("/notifications", 6),
    read("/study", 6),
    read("/study/log", 4),
    read("/consult", 3),
    read("/columns", 3),
    read("/pulse", 2),
    read("/culture", 2),
    {
      name: "写 学习记录",
      weight: 4,
      run: (vu) =>
        vu.call("createStudyLog", {
          kind: "READING",
          title: "压力测试：阅读学习材料",
          studiedOn: day(1 + Math.floor(Math.random() * 300)),
          hours: "0.5",
          reflection: "",
        }),
    },
    {
      name: "写 改革咨询",
      weight: 1,
      run: (vu) =>
        vu.call("askConsultation", {
          channel: "ONLINE",
          tags: ["OTHER"],
          question: "压力测试：请问本月学习安排？",
        }),
    },
    { name: "写 通知已读", weight: 2, run: (vu) => vu.call("markAllNotificationsRead", {}) },
  ];
  if (roles.includes("DEPT_HEAD") || roles.includes("LIAISON"))
    steps.push(read("/department", 8), read("/reports", 4));
  if (roles.includes("POLITICAL_OFFICE"))
    steps.push(read("/workbench", 10), read("/follow-ups", 5), read("/reports/compliance", 3));
  if (roles.includes("LEADER")) steps.push(read("/dashboard", 10), read("/follow-ups", 3));
  return steps;
}

function pick(steps: Step[]): Step {
  let r = Math.random() * steps.reduce((s, x) => s + x.weight, 0);
  for (const s of steps) if ((r -= s.weight) < 0) return s;
  return steps[steps.length - 1];
}

export class VirtualUser {
  private cookie = "";
  private readonly steps: Step[];
  constructor(
    private readonly base: string,
    private readonly account: Account,
    /** the address this user works from (X-Forwarded-For, the server runs with TRUST_PROXY=1) */
    private readonly ip: string,
    private readonly actions: Record<string, ActionRef>,
    private readonly record: (s: Sample) => void,
  ) {
    this.steps = stepsOf(account.roles);
  }

  private headers(extra: Record<string, string> = {}) {
    return { cookie: this.cookie, "x-forwarded-for": this.ip, ...extra };
  }

  /** Signs in through the credentials endpoint, as the login page does. */
  async login(): Promise<void> {
    const h = { "x-forwarded-for": this.ip };
    const csrf = await fetch(`${this.base}/api/auth/csrf`, { headers: h });
    const jar = (csrf.headers.getSetCookie?.() ?? []).map((c) => c.split(";")[0]);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const res = await fetch(`${this.base}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: {
        ...h,
        "content-type": "application/x-www-form-urlencoded",
        cookie: jar.join("; "),
      },
      body: new URLSearchParams({
        csrfToken,
        username: this.account.username,
        password: DEMO_PASSWORD,
        json: "true",
      }),
    });
    const session = (res.headers.getSetCookie?.() ?? [])
      .map((c) => c.split(";")[0])
      .find((c) => c.startsWith("next-auth.session-token="));
    if (!session) throw new Error(`login as ${this.account.username} failed (${res.status})`);
    this.cookie = session;
  }

  async get(path: string): Promise<string | null> {
    const res = await fetch(`${this.base}${path}`, { headers: this.headers(), redirect: "manual" });
    await res.arrayBuffer();
    return res.status === 200 ? null : `HTTP ${res.status}`;
  }

  /** Calls a server action the way the browser does: POST to its page with Next-Action. */
  async call(name: string, input: Record<string, unknown>): Promise<string | null> {
    const ref = this.actions[name];
    const res = await fetch(`${this.base}${ref.page}`, {
      method: "POST",
      redirect: "manual",
      headers: this.headers({
        "next-action": ref.id,
        "content-type": "text/plain;charset=UTF-8",
        accept: "text/x-component",
        origin: this.base,
      }),
      body: JSON.stringify([input]),
    });
    const text = await res.text();
    if (res.status !== 200) return `HTTP ${res.status}`;
    if (text.includes('"ok":true')) return null;
    const message = text.match(/"message":"([^"]{0,60})/)?.[1];
    return `${name}: ${message ?? "no ok"}`;
  }

  /** Works until `until` (ms since epoch), thinking `thinkMs()` between steps. */
  async work(until: number, thinkMs: () => number): Promise<void> {
    while (Date.now() < until) {
      await new Promise((r) => setTimeout(r, thinkMs()));
      if (Date.now() >= until) break;
      const step = pick(this.steps);
      const started = performance.now();
      let error: string | null;
      try {
        error = await step.run(this);
      } catch (e) {
        error = e instanceof Error ? e.message.slice(0, 60) : String(e);
      }
      this.record({
        step: step.name,
        write: step.name.startsWith("写"),
        ms: performance.now() - started,
        error,
      });
    }
  }
}
