// Walks the whole audit chain in seq order, in batches.
import type { Db } from "../db-client";
import { GENESIS_HASH, verifyRows, type ChainFault } from "./chain";

export async function verifyAuditChain(
  client: Db,
  key: Buffer,
  batchSize = 2000,
): Promise<{ rows: number; fault: ChainFault | null }> {
  let last = { seq: 0, hash: GENESIS_HASH };
  let rows = 0;
  for (;;) {
    const batch = await client.auditLog.findMany({
      where: { seq: { gt: last.seq } },
      orderBy: { seq: "asc" },
      take: batchSize,
    });
    if (batch.length === 0) return { rows, fault: null };
    const res = verifyRows(key, batch, last);
    if (res.fault) return { rows: rows + (res.last.seq - last.seq), fault: res.fault };
    rows += batch.length;
    last = res.last;
  }
}
