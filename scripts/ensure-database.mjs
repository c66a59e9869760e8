// Creates the PostgreSQL database that DATABASE_URL names when it does not
// exist yet, so that `DATABASE_URL=postgresql://…/name npm run demo` works
// against a bare server. Creating needs a role with CREATEDB; without it the
// user gets a Chinese message saying what to do. SQLite needs nothing here
// (the file and its folder are created on first use).
import pg from "pg";

const INVALID_CATALOG = "3D000";
const INSUFFICIENT_PRIVILEGE = "42501";

function fail(message) {
  console.error(`[数据库] ${message}`);
  process.exit(1);
}

export async function ensureDatabase(url) {
  if (!/^postgres(ql)?:\/\//i.test(url)) return false;
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ""));
  if (!name) fail("DATABASE_URL 未指定数据库名，例如 postgresql://user@127.0.0.1:5432/sizheng");
  const probe = new pg.Client({ connectionString: url });
  try {
    await probe.connect();
    await probe.end();
    return false;
  } catch (e) {
    await probe.end().catch(() => {});
    if (e?.code !== INVALID_CATALOG)
      fail(`无法连接 PostgreSQL（${target.host}）：${e?.message ?? e}`);
  }
  // The database is missing: create it from the server's maintenance database.
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  try {
    await client.connect();
    await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
    console.log(`已创建 PostgreSQL 数据库 ${name}`);
    return true;
  } catch (e) {
    if (e?.code === INSUFFICIENT_PRIVILEGE) {
      fail(
        `数据库 ${name} 不存在，且角色 ${decodeURIComponent(admin.username) || "（当前用户）"} 无权创建数据库（需要 CREATEDB 权限）。请由数据库管理员执行 CREATE DATABASE "${name}"，或授予该角色 CREATEDB 后重试。`,
      );
    }
    fail(`无法创建数据库 ${name}：${e?.message ?? e}`);
  } finally {
    await client.end().catch(() => {});
  }
}
