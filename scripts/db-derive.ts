// Derives prisma/postgres/schema.prisma from the one model source,
// prisma/schema.prisma. `--check` exits non-zero when the copy is stale.
import fs from "node:fs";

const SOURCE = "prisma/schema.prisma";
const TARGET = "prisma/postgres/schema.prisma";

export function derivePostgresSchema(source: string): string {
  const out = source
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace('output     = "./generated/sqlite"', 'output     = "../generated/postgres"');
  if (out.includes('"sqlite"') || !out.includes("../generated/postgres")) {
    throw new Error(
      "db-derive: the source schema no longer has the expected datasource/generator lines",
    );
  }
  return `// GENERATED from prisma/schema.prisma by \`npm run db:derive\`. Do not edit.\n${out}`;
}

const wanted = derivePostgresSchema(fs.readFileSync(SOURCE, "utf8"));
if (process.argv.includes("--check")) {
  const current = fs.existsSync(TARGET) ? fs.readFileSync(TARGET, "utf8") : "";
  if (current !== wanted) {
    console.error(`${TARGET} is stale: run npm run db:derive`);
    process.exit(1);
  }
  console.log(`${TARGET} is in step with ${SOURCE}`);
} else {
  fs.mkdirSync("prisma/postgres", { recursive: true });
  fs.writeFileSync(TARGET, wanted);
  console.log(`wrote ${TARGET}`);
}
