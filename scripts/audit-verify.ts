// npm run audit:verify — walks the audit log's hash chain and exits non-zero,
// naming the first bad row, when any row was modified or deleted.
import nextEnv from "@next/env";

import { verifyAuditChain } from "../lib/audit/verify";
import { createDbClient } from "../lib/db-client";
import { resolveDatabaseUrl } from "../lib/db-url";
import { getAuditKey } from "../lib/env";

nextEnv.loadEnvConfig(process.cwd());
const { client } = createDbClient(resolveDatabaseUrl());
try {
  const { rows, fault } = await verifyAuditChain(client, getAuditKey());
  if (fault) {
    console.error(
      `审计日志校验失败：第 ${fault.seq} 行${fault.id ? `（id ${fault.id}）` : ""}：${fault.reason}`,
    );
    console.error(
      `audit chain BROKEN at seq ${fault.seq}${fault.id ? ` (id ${fault.id})` : ""}; ${rows} rows verified before it`,
    );
    process.exitCode = 1;
  } else {
    console.log(`审计日志完整：${rows} 行哈希链校验通过`);
  }
} finally {
  await client.$disconnect();
}
