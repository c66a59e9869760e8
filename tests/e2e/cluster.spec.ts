// Two instances on one PostgreSQL database behind nginx (docs/deployment.md,
// scripts/cluster/cluster.ts), with their own database and ports 3201, 3202
// and 8088 beside the e2e server. Sessions, revocation and the login throttle
// hold across instances; writes go through nginx while one instance is
// SIGKILLed; every acknowledged write is then in the database with its
// notifications and audit row, the audit chain verifies, and no periodic job
// ran twice for a slot (lib/jobs.ts; ticks every 2 s here).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { expect, request, test, type APIRequestContext } from "@playwright/test";
import pg from "pg";

import {
  CLUSTER_SECRETS,
  dropDatabase,
  freshSeededDatabase,
  startCluster,
  type Cluster,
} from "../../scripts/cluster/cluster";
import { DEMO_PASSWORD } from "./helpers";

const DB = "sz_cluster_test";
const [A, B] = [3201, 3202];
const PROXY = 8088;
const WRITERS = ["staff1", "liaison1", "head1", "leader"];
const WRITES_EACH = 20;
const KILL_AFTER = 25;

/** The ask action's id and the page that serves it, from the build's manifest. */
function askAction(): { id: string; page: string } {
  const manifest = JSON.parse(
    fs.readFileSync(".next/server/server-reference-manifest.json", "utf8"),
  ) as { node: Record<string, { exportedName?: string; filename?: string; workers: object }> };
  for (const [id, v] of Object.entries(manifest.node)) {
    if (v.exportedName !== "askConsultation" || !v.filename?.endsWith("lib/consult/actions.ts"))
      continue;
    const worker = Object.keys(v.workers).find((w) => w.endsWith("/page") && !w.includes("["))!;
    const page = worker
      .replace(/^app/, "")
      .replace(/\/\([^)]+\)/g, "")
      .replace(/\/page$/, "");
    return { id, page: page || "/" };
  }
  throw new Error("askConsultation is not in the build");
}

async function signIn(username: string, base: string): Promise<APIRequestContext> {
  const ctx = await request.newContext({ baseURL: base });
  const { csrfToken } = await (await ctx.get("/api/auth/csrf")).json();
  const res = await ctx.post("/api/auth/callback/credentials", {
    form: { csrfToken, username, password: DEMO_PASSWORD, json: "true" },
    maxRedirects: 0,
  });
  expect(res.status(), `login ${username}`).toBeLessThan(400);
  const cookies = (await ctx.storageState()).cookies.map((c) => c.name);
  expect(cookies, `login ${username}`).toContain("next-auth.session-token");
  return ctx;
}

/** Whether the context's session opens /me on the instance at `port` (not sent to /login). */
async function signedInAt(ctx: APIRequestContext, port: number): Promise<boolean> {
  const res = await ctx.get(`http://localhost:${port}/me`, { maxRedirects: 0 });
  return res.status() === 200;
}

let cluster: Cluster | null = null;
let uploadDir = "";

test.afterAll(async () => {
  await cluster?.stop();
  fs.rmSync(uploadDir, { recursive: true, force: true });
  await dropDatabase(DB).catch(() => {});
});

test("two instances behind nginx: shared sessions and throttle, no lost write when one is killed, one run per job slot", async () => {
  test.setTimeout(240_000); // a minute more when the seeded template must be rebuilt
  const url = await freshSeededDatabase(DB);
  uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), "sz-cluster-uploads-"));
  cluster = await startCluster({
    databaseUrl: url,
    ports: [A, B],
    nginxPort: PROXY,
    uploadDir,
    extraEnv: { JOB_INTERVAL_MS: "2000" },
  });
  const base = cluster.url;

  // A session made on one instance is good on both; signing out on one revokes it on both.
  const zzc = await signIn("zzc", `http://localhost:${A}`);
  expect([await signedInAt(zzc, A), await signedInAt(zzc, B)]).toEqual([true, true]);
  const cookies = (await zzc.storageState()).cookies;
  const { csrfToken } = await (await zzc.get(`http://localhost:${A}/api/auth/csrf`)).json();
  await zzc.post(`http://localhost:${A}/api/auth/signout`, { form: { csrfToken, json: "true" } });
  // The signed-out session's cookie, replayed as a thief would, opens nothing anywhere.
  const replay = await request.newContext({ storageState: { cookies, origins: [] } });
  expect([await signedInAt(replay, A), await signedInAt(replay, B)]).toEqual([false, false]);

  // The login throttle counts attempts on both instances together (25 per address).
  const statuses: number[] = [];
  const probe = await request.newContext();
  const csrf = await (await probe.get(`http://localhost:${A}/api/auth/csrf`)).json();
  for (let i = 0; i < 26; i++) {
    const res = await probe.post(
      `http://localhost:${i % 2 ? B : A}/api/auth/callback/credentials`,
      {
        headers: { "x-forwarded-for": "203.0.113.201" },
        form: {
          csrfToken: csrf.csrfToken,
          username: `nobody${i}`,
          password: "Wrong-1",
          json: "true",
        },
        maxRedirects: 0,
      },
    );
    statuses.push(res.status());
  }
  expect(statuses.slice(0, 25).includes(429)).toBe(false);
  expect(statuses[25]).toBe(429);

  // Writes through nginx; one instance is killed after KILL_AFTER acknowledgements.
  const action = askAction();
  const writers = await Promise.all(WRITERS.map((u) => signIn(u, base)));
  const acked: string[] = [];
  let failed = 0;
  let killedAt = -1;
  await Promise.all(
    writers.map(async (ctx, w) => {
      for (let i = 0; i < WRITES_EACH; i++) {
        const res = await ctx
          .post(action.page, {
            headers: {
              "Next-Action": action.id,
              "Content-Type": "text/plain;charset=UTF-8",
              Origin: base,
              Accept: "text/x-component",
            },
            data: JSON.stringify([
              { channel: "ONLINE", tags: ["OTHER"], question: `集群写入 ${w}-${i}` },
            ]),
            timeout: 30_000,
          })
          .catch(() => null);
        const id = res?.ok()
          ? (await res.text()).match(/"ok":true,"data":\{"id":"(\w+)"/)?.[1]
          : null;
        if (id) acked.push(id);
        else failed++;
        if (acked.length >= KILL_AFTER && killedAt < 0) {
          killedAt = acked.length;
          cluster!.instances[0].child.kill("SIGKILL");
        }
      }
    }),
  );
  expect(killedAt).toBeGreaterThan(0);
  // Only requests in flight at the kill (or sent on a kept-alive connection to the dead
  // instance) may fail; nginx sends the rest to the survivor.
  expect(failed).toBeLessThanOrEqual(2 * WRITERS.length);
  expect(acked.length + failed).toBe(WRITERS.length * WRITES_EACH);
  await cluster.instances[0].exited;

  // Let the survivor tick a few slots alone, too.
  await new Promise((r) => setTimeout(r, 5_000));

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const found = await client.query<{ id: string }>(
      `SELECT "id" FROM "Consultation" WHERE "id" = ANY($1)`,
      [acked],
    );
    expect(found.rowCount).toBe(acked.length);
    const audited = await client.query(
      `SELECT DISTINCT "objectId" FROM "AuditLog" WHERE "action" = 'consult.ask' AND "result" = 'SUCCESS' AND "objectId" = ANY($1)`,
      [acked],
    );
    expect(audited.rowCount).toBe(acked.length);
    const notified = await client.query(
      `SELECT DISTINCT "link" FROM "Notification" WHERE "link" = ANY($1)`,
      [acked.map((id) => `/consult/${id}`)],
    );
    expect(notified.rowCount).toBe(acked.length);
  } finally {
    await client.end();
  }

  // The audit chain verifies end to end (npm run audit:verify).
  const verified = execFileSync(
    "npx",
    ["tsx", "--conditions=react-server", "scripts/audit-verify.ts"],
    { env: { ...process.env, ...CLUSTER_SECRETS, DATABASE_URL: url }, encoding: "utf8" },
  );
  expect(verified).toContain("哈希链校验通过");

  // Each job ran at most once per slot across both instances, and ran on several slots.
  const runs = cluster.instances
    .flatMap((p) => [...p.output().matchAll(/\[jobs\] (\S+) ran for slot (\d+)/g)])
    .map((m) => `${m[1]}@${m[2]}`);
  const repeated = runs.filter((r, i) => runs.indexOf(r) !== i);
  console.log(
    `[cluster] ${acked.length} writes acknowledged, ${failed} refused (instance killed after ${killedAt}); ${runs.length} job runs, ${repeated.length} repeated`,
  );
  expect(repeated, "job runs repeated for a slot").toEqual([]);
  for (const job of [
    "report-reminders",
    "appraisal-reminders",
    "mailbox-receipts",
    "pulse-release",
  ])
    expect(runs.filter((r) => r.startsWith(`${job}@`)).length).toBeGreaterThanOrEqual(3);
});
