// npm run backup [-- <folder>] — backs up the database and uploaded files
// into one folder (default backups/<time>), with a checksum manifest.
import "./load-env";

import path from "node:path";

import { resolveDatabaseUrl } from "../lib/db-url";
import { backup, DEFAULT_UPLOAD_DIR } from "./backup-lib";

const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\..*$/, "").replace("T", "-");
const outDir = path.resolve(process.argv[2] ?? path.join("backups", stamp));
try {
  const m = await backup({
    databaseUrl: resolveDatabaseUrl(),
    uploadDir: process.env.UPLOAD_DIR ?? DEFAULT_UPLOAD_DIR,
    outDir,
  });
  const uploads = m.files.filter((f) => f.path.startsWith("uploads/")).length;
  console.log(
    `备份完成：${outDir}（${m.provider} 数据库，上传文件 ${uploads} 个，清单已写入 manifest.json）`,
  );
} catch (e) {
  console.error(`备份失败：${(e as Error).message}`);
  process.exit(1);
}
