// How long writing a 干警思想状况分析报告 as DOCX and PDF takes (issue 16's
// speed target: under 5 s), on the database in DATABASE_URL: the newest
// issued version and the newest draft, each written three times (the first
// includes loading the font and drawing the charts cold), plus the annex as
// 政治处 reads it. Reads only (annexRows writes its audit row); with
// EXPORT_DIR set, the files are written there to be looked at.
//   npx tsx --conditions=react-server scripts/analysis-report-export-timing.ts
import fs from "node:fs";
import path from "node:path";

import nextEnv from "@next/env";

nextEnv.loadEnvConfig(process.cwd());

const { db } = await import("../lib/db");
const { annexRows, parseContent } = await import("../lib/analysis-report/queries");
const { reportDocument } = await import("../lib/analysis-report/exports/document");
const { annexDocument } = await import("../lib/analysis-report/exports/annex-document");
const { officialDocx } = await import("../lib/documents/docx");
const { officialPdf } = await import("../lib/documents/pdf");

const out = process.env.EXPORT_DIR;
if (out) fs.mkdirSync(out, { recursive: true });

async function time(label: string, write: () => Promise<Buffer>, file: string) {
  const runs: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const buf = await write();
    runs.push(performance.now() - t0);
    bytes = buf.length;
    if (out && i === 0) fs.writeFileSync(path.join(out, file), buf);
  }
  console.log(
    `${label}: first ${runs[0].toFixed(0)} ms, then ${runs
      .slice(1)
      .map((r) => r.toFixed(0))
      .join(" / ")} ms, ${(bytes / 1024).toFixed(0)} KB`,
  );
}

const pick = (issued: boolean) =>
  db.analysisReportVersion.findFirst({
    where: { issuedAt: issued ? { not: null } : null },
    orderBy: [{ report: { periodStart: "desc" } }, { number: "desc" }],
    select: { id: true, content: true },
  });

for (const [kind, v] of [
  ["issued", await pick(true)],
  ["draft", await pick(false)],
] as const) {
  if (!v) continue;
  const content = parseContent(v.content);
  const name = `${kind}-${content.period.label}`;
  console.log(`${content.title}（${kind}）`);
  await time("  DOCX", async () => officialDocx(await reportDocument(content)), `${name}.docx`);
  await time("  PDF ", async () => officialPdf(await reportDocument(content)), `${name}.pdf`);
  const po = await db.user.findFirst({
    where: { roles: { some: { role: "POLITICAL_OFFICE" } } },
    select: { id: true, username: true, departmentId: true },
  });
  if (!po) continue;
  const rows =
    (await annexRows({ ...po, roles: ["POLITICAL_OFFICE"] }, v.id, "timing-script")) ?? [];
  const annex = annexDocument(content, rows, { departmentName: null });
  await time(`  annex PDF (${rows.length} rows)`, () => officialPdf(annex), `${name}-annex.pdf`);
  await time(`  annex DOCX`, () => officialDocx(annex), `${name}-annex.docx`);
}
await db.$disconnect();
