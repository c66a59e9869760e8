// The shape of lib/, checked on every `npm test` (issue 12): domains talk to
// each other only through their queries/actions API, shared helpers live in
// neutral homes, and no two folders import each other, directly or round a
// longer loop. A new cross-domain import that breaks this fails here, with
// the offending file named. No source file is over 300 lines once formatted.
import fs from "node:fs";
import path from "node:path";

import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const LIB = path.join(ROOT, "lib");

/** Infrastructure every domain may use; they import no business domain. */
const NEUTRAL = new Set([
  "auth",
  "audit",
  "forms",
  "notifications",
  "people",
  "security",
  "attachments",
  "documents",
]);

/**
 * Modules of a domain that other domains may import besides its queries and
 * actions, each with the reason. Imports of these do not count as a folder
 * dependency: they must themselves import only neutral code.
 */
const SERVICES: Record<string, string> = {
  "follow-ups/open":
    "other domains open a 督办 inside their own transaction (not a 'use server' file, so it cannot be its actions)",
  "follow-ups/sources": "the source kinds that open.ts takes",
  "conduct/commend":
    "the appraisal records an approved honour as a commendation inside its own transaction",
  "columns/publish":
    "a winning 征文 text becomes a column article inside the essay action's transaction (not a 'use server' file)",
};

const API = new Set(["queries", "actions"]);

type Edge = { from: string; to: string; file: string; target: string };

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

function resolveImport(file: string, spec: string): string | null {
  let abs: string;
  if (spec.startsWith("@/")) abs = path.join(ROOT, spec.slice(2));
  else if (spec.startsWith(".")) abs = path.resolve(path.dirname(file), spec);
  else return null;
  const rel = path.relative(LIB, abs);
  return rel.startsWith("..") ? null : rel.replace(/\.(ts|tsx)$/, "").replace(/\/index$/, "");
}

/** lib/<folder>/… → folder; lib/x.ts → null (top-level files are neutral). */
const folderOf = (rel: string) => (rel.includes("/") ? rel.split("/")[0] : null);

function edges(): Edge[] {
  const out: Edge[] = [];
  for (const file of sourceFiles(LIB)) {
    const rel = path.relative(LIB, file).replace(/\.(ts|tsx)$/, "");
    const from = folderOf(rel);
    if (!from) continue;
    const info = ts.preProcessFile(fs.readFileSync(file, "utf8"), true, true);
    for (const imp of info.importedFiles) {
      const target = resolveImport(file, imp.fileName);
      const to = target && folderOf(target);
      if (target && to && to !== from)
        out.push({ from, to, file: path.relative(ROOT, file), target });
    }
  }
  return out;
}

const isApi = (target: string) => API.has(path.basename(target));
const isService = (target: string) => target in SERVICES;

describe("lib/ architecture", () => {
  const all = edges();

  it("finds the imports it checks", () => {
    expect(all.length).toBeGreaterThan(50);
  });

  it("lets one domain reach another only through its queries, actions or a named service", () => {
    const bad = all
      .filter((e) => !NEUTRAL.has(e.to) && !isApi(e.target) && !isService(e.target))
      .map((e) => `${e.file} → lib/${e.target}`);
    expect(bad).toEqual([]);
  });

  it("keeps neutral folders free of business domains", () => {
    const bad = all
      .filter((e) => NEUTRAL.has(e.from) && !NEUTRAL.has(e.to))
      .map((e) => `${e.file} → lib/${e.target}`);
    expect(bad).toEqual([]);
  });

  it("keeps services free of other domains", () => {
    const serviceFiles = new Set(Object.keys(SERVICES).map((s) => `lib/${s}.ts`));
    const bad = all
      .filter((e) => serviceFiles.has(e.file) && !NEUTRAL.has(e.to))
      .map((e) => `${e.file} → lib/${e.target}`);
    expect(bad).toEqual([]);
  });

  it("has no import cycle between folders", () => {
    const graph = new Map<string, Map<string, Edge>>();
    for (const e of all) {
      if (isService(e.target)) continue;
      if (!graph.has(e.from)) graph.set(e.from, new Map());
      if (!graph.get(e.from)!.has(e.to)) graph.get(e.from)!.set(e.to, e);
    }
    const cycles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const stack: string[] = [];
    const visit = (n: string) => {
      state.set(n, "open");
      stack.push(n);
      for (const [m, e] of graph.get(n) ?? []) {
        if (state.get(m) === "open") {
          const loop = [...stack.slice(stack.indexOf(m)), m];
          cycles.push(`${loop.join(" → ")} (e.g. ${e.file} → lib/${e.target})`);
        } else if (!state.has(m)) visit(m);
      }
      stack.pop();
      state.set(n, "done");
    };
    for (const n of [...graph.keys()].sort()) if (!state.has(n)) visit(n);
    expect(cycles).toEqual([]);
  });
});

/** Where our source lives; node_modules and Prisma's generated client are not ours. */
const SIZE_ROOTS = ["app", "components", "lib", "scripts", "prisma/seed", "tests"];
const SIZE_FILES = ["prisma/seed.ts", "proxy.ts", "instrumentation.ts"];
const MAX_LINES = 300;

function codeFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory())
      return e.name === "node_modules" || path.relative(ROOT, p) === "prisma/generated"
        ? []
        : codeFiles(p);
    return /\.(ts|tsx|mjs)$/.test(e.name) ? [p] : [];
  });
}

/** Lines as `wc -l` counts them: a final newline does not start another line. */
function lineCount(file: string): number {
  const text = fs.readFileSync(file, "utf8");
  return text === "" ? 0 : text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
}

describe("file size", () => {
  const files = [
    ...SIZE_ROOTS.flatMap((d) => codeFiles(path.join(ROOT, d))),
    ...SIZE_FILES.map((f) => path.join(ROOT, f)).filter((f) => fs.existsSync(f)),
  ];

  it("finds the files it measures", () => {
    expect(files.length).toBeGreaterThan(200);
  });

  it("no source file is over 300 lines", () => {
    const long = files
      .map((f) => ({ file: path.relative(ROOT, f), lines: lineCount(f) }))
      .filter((f) => f.lines > MAX_LINES)
      .map((f) => `${f.file}: ${f.lines} lines`)
      .sort();
    expect(long).toEqual([]);
  });
});
