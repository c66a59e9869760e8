// Every 'use server' module declares its exports through the one action
// wrapper (docs/security.md item 9): a bare exported async function would skip the
// session, permission, validation and audit steps.
import fs from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" || e.name === "node_modules" ? [] : files(p);
    return /\.(ts|tsx)$/.test(e.name) ? [p] : [];
  });
}

const serverModules = ["app", "lib", "components"]
  .flatMap(files)
  .filter((f) => /^\s*["']use server["']/.test(fs.readFileSync(f, "utf8")));

describe("server actions", () => {
  it("exist", () => {
    expect(serverModules.length).toBeGreaterThan(0);
  });
  it.each(serverModules)(
    "%s exports only action(...) (or, for the sessionless mailbox tracking, publicAction(...)) declarations",
    (file) => {
      const src = fs.readFileSync(file, "utf8");
      const exports = [...src.matchAll(/^export\s+(?!type\b)(.*)$/gm)].map((m) => m[1]);
      // The one sessionless exception: the anonymous writer's access-code page
      // (lib/mailbox/public-action.ts explains why it cannot use action()).
      const allowed = file.endsWith(path.join("lib", "mailbox", "track-actions.ts"))
        ? /^const \w+ = publicAction\(/
        : /^const \w+ = action\(/;
      for (const e of exports) expect(e, file).toMatch(allowed);
    },
  );
});
