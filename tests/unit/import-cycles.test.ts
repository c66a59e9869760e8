// No file-level import cycle in app/, components/ or lib/ (folder-level
// cycles and cross-domain imports are architecture.test.ts). This was
// ESLint's import/no-cycle, which took two thirds of `npm run lint` (about a
// minute of CPU on a clean clone); this check parses each file once with
// TypeScript and finds the same cycles in a second or two. Like that rule
// (ignoreExternal, no depth limit) it follows static imports, re-exports and
// dynamic import(), through any file of ours, and skips type-only imports,
// which are erased at build time.
import fs from "node:fs";
import path from "node:path";

import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const ROOTS = ["app", "components", "lib"];
const EXTENSIONS = [".ts", ".tsx", ".mjs", ".js", "/index.ts", "/index.tsx"];

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts") ? [p] : [];
  });
}

/** The project file an import names, or null for a package (or a missing file). */
function resolveImport(file: string, spec: string): string | null {
  let abs: string;
  if (spec.startsWith("@/")) abs = path.join(ROOT, spec.slice(2));
  else if (spec.startsWith(".")) abs = path.resolve(path.dirname(file), spec);
  else return null;
  if (path.relative(ROOT, abs).split(path.sep).includes("node_modules")) return null;
  if (/\.(tsx?|mjs|js)$/.test(abs) && fs.existsSync(abs) && fs.statSync(abs).isFile()) return abs;
  for (const ext of EXTENSIONS) if (fs.existsSync(abs + ext)) return abs + ext;
  return null;
}

const onlyTypes = (els: readonly { isTypeOnly: boolean }[]) =>
  els.length > 0 && els.every((e) => e.isTypeOnly);

/** The module specifiers a file loads at run time. */
function runtimeImports(file: string): string[] {
  const src = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest);
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const c = node.importClause;
      const typeOnly =
        c?.isTypeOnly ||
        (c &&
          !c.name &&
          c.namedBindings &&
          ts.isNamedImports(c.namedBindings) &&
          onlyTypes(c.namedBindings.elements));
      if (!typeOnly) out.push(node.moduleSpecifier.text);
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      const typeOnly =
        node.isTypeOnly ||
        (node.exportClause &&
          ts.isNamedExports(node.exportClause) &&
          onlyTypes(node.exportClause.elements));
      if (!typeOnly) out.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    )
      out.push(node.arguments[0].text);
    ts.forEachChild(node, visit);
  };
  visit(src);
  return out;
}

/** file → the project files it imports, for our roots and all they reach. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const todo = ROOTS.flatMap((d) => sourceFiles(path.join(ROOT, d)));
  while (todo.length) {
    const file = todo.pop()!;
    if (graph.has(file)) continue;
    const deps = runtimeImports(file)
      .map((s) => resolveImport(file, s))
      .filter((d): d is string => d !== null && /\.tsx?$/.test(d));
    graph.set(file, [...new Set(deps)]);
    todo.push(...deps);
  }
  return graph;
}

/** Strongly connected components with a loop (Tarjan), each as one cycle path. */
function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const connect = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) !== idx.get(v)) return;
    const scc: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      scc.push(w);
    } while (w !== v);
    if (scc.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(loopThrough(graph, scc));
  };
  for (const v of [...graph.keys()].sort()) if (!idx.has(v)) connect(v);
  return found;
}

/** One concrete loop inside a strongly connected component, for the message. */
function loopThrough(graph: Map<string, string[]>, scc: string[]): string[] {
  const inScc = new Set(scc);
  const start = [...scc].sort()[0];
  const prev = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const v = queue.shift()!;
    for (const w of graph.get(v) ?? []) {
      if (!inScc.has(w)) continue;
      if (w === start) {
        const loop = [start];
        for (let u = v; u !== start; u = prev.get(u)!) loop.splice(1, 0, u);
        return [...loop, start].map((f) => path.relative(ROOT, f));
      }
      if (!prev.has(w)) {
        prev.set(w, v);
        queue.push(w);
      }
    }
  }
  return scc.map((f) => path.relative(ROOT, f));
}

describe("file-level import cycles", () => {
  const graph = importGraph();

  it("reads the imports of every source file", () => {
    expect(graph.size).toBeGreaterThan(300);
    expect([...graph.values()].flat().length).toBeGreaterThan(1000);
  });

  it("finds none in app/, components/ or lib/", () => {
    expect(cycles(graph).map((loop) => loop.join(" → "))).toEqual([]);
  });
});
