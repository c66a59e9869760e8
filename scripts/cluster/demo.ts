// `npm run cluster:demo` (after scripts/cluster-demo.sh has PostgreSQL up):
// the demo 院 on PostgreSQL database sizheng_cluster (CLUSTER_DB), created and
// seeded on first run and kept afterwards, two instances on 3201 and 3202
// and nginx on 8088 in front of them. Ctrl-C stops all three.
import path from "node:path";

import { buildIfStale } from "../build-if-stale.mjs";
import {
  databaseExists,
  databaseUrl,
  freshSeededDatabase,
  migrate,
  ROOT,
  startCluster,
} from "./cluster";

const name = process.env.CLUSTER_DB ?? "sizheng_cluster";
const ports = [3201, 3202];
const nginxPort = 8088;

let url: string;
if (await databaseExists(name)) {
  console.log(`▶ 数据库 ${name}：应用迁移`);
  url = databaseUrl(name);
  migrate(url);
} else {
  console.log(`▶ 创建并填充演示数据库 ${name}`);
  url = await freshSeededDatabase(name);
}
buildIfStale();

console.log(`▶ 启动两个实例（${ports.join("、")}）与 nginx（${nginxPort}）`);
const cluster = await startCluster({
  databaseUrl: url,
  ports,
  nginxPort,
  uploadDir: process.env.UPLOAD_DIR ?? path.join(ROOT, "data", "cluster-uploads"),
  echo: true,
});
console.log(`\n思政工作平台（集群演示）：${cluster.url}   按 Ctrl-C 停止\n`);

let stopping = false;
const stop = async (code: number) => {
  if (stopping) return;
  stopping = true;
  console.log("\n▶ 正在停止 nginx 与两个实例…");
  await cluster.stop();
  process.exit(code);
};
for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => void stop(0));
// One of them stopping on its own ends the demo.
for (const p of [cluster.nginx, ...cluster.instances])
  void p.exited.then((code) => {
    if (!stopping) {
      console.error(`[cluster] a process exited (${code}); stopping the rest`);
      void stop(1);
    }
  });
