// How long a list's 导出 Excel takes (issue 15's speed target: 5,000 rows in
// under 3 s), on the database in DATABASE_URL. Adds a throw-away department
// (40 people and its head) with 5,000, then 20,000, study-log entries and as
// many follow-ups, then builds each export exactly as its route does — the
// list module's builder (exportReviewLogs, exportFollowUps) and xlsxStream —
// reads the whole byte stream, and prints rows, time to the first byte, total
// seconds, bytes and the process's peak RSS. Each file is read back with
// exceljs (row count, first and last row against the list query). Everything
// it added is deleted at the end (and at the start, after an aborted run).
//   npx tsx --conditions=react-server scripts/export-timing.ts
import nextEnv from "@next/env";

nextEnv.loadEnvConfig(process.cwd());

const ExcelJS = (await import("exceljs")).default;
const { db, dbProvider } = await import("../lib/db");
const { exportReviewLogs } = await import("../lib/study/log/export");
const { listReviewQueue } = await import("../lib/study/log/list");
const { ReviewFilter } = await import("../lib/study/log/schemas");
const { exportFollowUps } = await import("../lib/follow-ups/export");
const { listFollowUps } = await import("../lib/follow-ups/list");
const { FollowUpListFilter } = await import("../lib/follow-ups/schemas");
const { xlsxStream } = await import("../lib/xlsx");
const { addRows, removeLeftovers, setUp } = await import("./export-timing-data");
type SessionUser = import("../lib/auth/session").SessionUser;
type XlsxExport = import("../lib/xlsx-route").XlsxExport;

function viewer(
  u: { id: string; username: string; realName: string },
  roles: string[],
  dept: { id: string; name: string } | null,
): SessionUser {
  return {
    id: u.id,
    sessionId: "export-timing",
    username: u.username,
    realName: u.realName,
    departmentId: dept?.id ?? null,
    departmentName: dept?.name ?? null,
    position: "",
    roles: roles as SessionUser["roles"],
    mustChangePassword: false,
  };
}

/** Builds the export as its route does and reads the byte stream to the end. */
async function run(build: () => Promise<XlsxExport | null>, who: string) {
  const t0 = performance.now();
  const spec = await build();
  if (!spec) throw new Error("the builder refused the export");
  const { body, rows } = xlsxStream(spec.sheets, {
    exportedBy: who,
    exportedAt: new Date(),
    filter: spec.filter,
  });
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const chunks: Uint8Array[] = [];
  const arrivals: { at: number; bytes: number }[] = [];
  let bytes = 0;
  const reader = body.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    chunks.push(r.value);
    bytes += r.value.length;
    arrivals.push({ at: performance.now() - t0, bytes });
  }
  const ms = performance.now() - t0;
  clearInterval(sampler);
  // When the first real data (past the zip's 30-byte entry header) and half the file had arrived.
  const by = (n: number) => arrivals.find((a) => a.bytes >= n)?.at ?? ms;
  return {
    ms,
    first: by(1024),
    half: by(bytes / 2),
    peak,
    bytes,
    rows: await rows,
    file: joined(chunks, bytes),
  };
}

/** The chunks as one buffer. */
function joined(chunks: Uint8Array[], bytes: number): ArrayBuffer {
  const all = new Uint8Array(bytes);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.length;
  }
  return all.buffer;
}

/** Reads the file back: its data rows, and the first and last one's cells. */
async function readBack(file: ArrayBuffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file);
  const ws = wb.worksheets[0];
  const cells = (n: number) =>
    (ws.getRow(n).values as unknown[]).slice(1).map((v) => (v == null ? "" : String(v)));
  return {
    rows: ws.actualRowCount - 3,
    header: cells(3),
    first: cells(4),
    last: cells(ws.rowCount),
  };
}

type Case = {
  label: string;
  build: () => Promise<XlsxExport | null>;
  who: string;
  /** The list's total for the viewer, and its first and last row's key cell. */
  expect: () => Promise<{ total: number; column: string; first: string; last: string }>;
};

const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;

async function measure(c: Case, failures: string[]) {
  const want = await c.expect();
  const runs: Awaited<ReturnType<typeof run>>[] = [];
  for (let i = 0; i < 3; i++) runs.push(await run(c.build, c.who));
  const back = await readBack(runs[0].file);
  const col = back.header.indexOf(want.column);
  const ok =
    runs.every((r) => r.rows === want.total) &&
    back.rows === want.total &&
    back.first[col] === want.first &&
    back.last[col] === want.last;
  if (!ok)
    failures.push(
      `${c.label}: file has ${back.rows} rows (${back.first[col]} … ${back.last[col]}), list has ${want.total} (${want.first} … ${want.last})`,
    );
  const s = (ms: number) => (ms / 1000).toFixed(2);
  const each = (f: (r: (typeof runs)[number]) => string) => runs.map(f).join(" / ");
  console.log(
    `  ${c.label}: ${runs[0].rows} rows, ${(runs[0].bytes / 1024).toFixed(0)} KB${ok ? ", read back OK" : ", READ BACK MISMATCH"}\n` +
      `    total ${each((r) => `${s(r.ms)} s`)}; first KB at ${each((r) => s(r.first))} s;` +
      ` half the bytes at ${each((r) => s(r.half))} s; peak RSS while exporting ${each((r) => mb(r.peak / 1024))}`,
  );
  if (runs[2].ms > 3000 && runs[0].rows <= 5000) failures.push(`${c.label}: over 3 s`);
}

await removeLeftovers(db);
const po = await db.user.findFirst({
  where: { roles: { some: { role: "POLITICAL_OFFICE" } }, status: "ACTIVE" },
  orderBy: { username: "asc" },
  select: { id: true, username: true, realName: true },
});
if (!po) throw new Error("no 政治处 user: seed the database first");
const failures: string[] = [];
const setup = await setUp(db);
try {
  const headViewer = viewer(setup.head, ["DEPT_HEAD", "STAFF"], setup.dept);
  const poViewer = viewer(po, ["POLITICAL_OFFICE"], null);
  const reviewQuery = "status=ALL";
  const boardQuery = `departmentId=${setup.dept.id}`;
  const cases: Case[] = [
    {
      label: "/study/review (the head's department, all states)",
      who: setup.head.realName,
      build: () =>
        exportReviewLogs(headViewer, new URL(`http://x/study/review/export?${reviewQuery}`)),
      expect: async () => {
        const f = (page: number) => ReviewFilter.parse({ status: "ALL", page: String(page) });
        const p1 = (await listReviewQueue(headViewer, f(1)))!;
        const pn = (await listReviewQueue(headViewer, f(p1.pages)))!;
        return {
          total: p1.total,
          column: "学习内容",
          first: p1.rows[0].title,
          last: pn.rows[pn.rows.length - 1].title,
        };
      },
    },
    {
      label: "/follow-ups (政治处, filtered to the department)",
      who: po.realName,
      build: () => exportFollowUps(poViewer, new URL(`http://x/follow-ups/export?${boardQuery}`)),
      expect: async () => {
        const f = (page: number) =>
          FollowUpListFilter.parse({ departmentId: setup.dept.id, page: String(page) });
        const p1 = await listFollowUps(poViewer, f(1));
        const pn = await listFollowUps(poViewer, f(p1.pages));
        return {
          total: p1.total,
          column: "督办事项",
          first: p1.rows[0].title,
          last: pn.rows[pn.rows.length - 1].title,
        };
      },
    },
  ];
  let have = 0;
  for (const n of [5000, 20000]) {
    const t0 = performance.now();
    await addRows(db, setup, have, n - have);
    have = n;
    console.log(
      `${dbProvider}: ${n} study-log entries and ${n} follow-ups added in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    for (const c of cases) await measure(c, failures);
  }
} finally {
  await removeLeftovers(db);
  await db.$disconnect();
}
if (failures.length) {
  console.error(failures.join("\n"));
  process.exitCode = 1;
}
