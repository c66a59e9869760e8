// npm run restore -- <folder> — restores a backup made by `npm run backup`
// over the configured database and upload folder, after checking every
// file's checksum. Stop the portal first.
import "./load-env";

import path from "node:path";

import { resolveDatabaseUrl } from "../lib/db-url";
import { DEFAULT_UPLOAD_DIR, restore } from "./backup-lib";

const from = process.argv[2];
if (!from) {
  console.error("用法：npm run restore -- <备份目录>");
  process.exit(2);
}
try {
  const m = await restore({
    databaseUrl: resolveDatabaseUrl(),
    uploadDir: process.env.UPLOAD_DIR ?? DEFAULT_UPLOAD_DIR,
    fromDir: path.resolve(from),
  });
  console.log(
    `还原完成：来自 ${path.resolve(from)}（备份时间 ${m.createdAt}，共 ${m.files.length} 个文件）`,
  );
} catch (e) {
  console.error(`还原失败：${(e as Error).message}`);
  process.exit(1);
}
