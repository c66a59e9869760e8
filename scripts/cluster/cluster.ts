// Two (or more) portal instances on one PostgreSQL database behind nginx, on
// this machine: used by `npm run cluster:demo` (scripts/cluster/demo.ts) and
// by the cluster kill test (tests/e2e/cluster.spec.ts). docs/deployment.md
// describes the same layout for real hosts.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import pg from "pg";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const PG_ADMIN_URL =
  process.env.PG_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export function databaseUrl(name: string): string {
  const u = new URL(PG_ADMIN_URL);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: PG_ADMIN_URL });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/**
 * Cluster-only secrets, as the e2e server has its own: every instance must
 * share AUTH_SECRET (sessions) and DATA_KEY (encrypted fields, the audit
 * chain's key), and the seeded template's audit rows are keyed with it.
 * A real deployment sets its own in each host's .env (docs/deployment.md).
 */
export const CLUSTER_SECRETS = {
  AUTH_SECRET: "cluster-only-auth-secret-0123456789abcdefghijklmnop",
  DATA_KEY: "Y2x1c3Rlci1vbmx5LWRhdGEta2V5LTMyLWJ5dGVzISE=",
};

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)],
    )
    .sort();
}

/** A hash of what a migrated, seeded database depends on: migrations, seed and DATA_KEY. */
function dataFingerprint(): string {
  const h = createHash("sha256").update(CLUSTER_SECRETS.DATA_KEY);
  const files = [
    ...filesUnder(path.join(ROOT, "prisma/postgres/migrations")),
    path.join(ROOT, "prisma/seed.ts"),
    ...filesUnder(path.join(ROOT, "prisma/seed")),
  ];
  for (const f of files) h.update(path.relative(ROOT, f)).update(fs.readFileSync(f));
  return h.digest("hex").slice(0, 32);
}

function migrateAndSeed(url: string) {
  const env = { ...process.env, ...CLUSTER_SECRETS, DATABASE_URL: url, CHECKPOINT_DISABLE: "1" };
  execFileSync("npx", ["prisma", "migrate", "deploy"], { cwd: ROOT, env, stdio: "pipe" });
  execFileSync("npx", ["tsx", "--conditions=react-server", "prisma/seed.ts"], {
    cwd: ROOT,
    env,
    stdio: "pipe",
  });
}

/** Applies pending migrations to an existing database (the demo's, kept between runs). */
export function migrate(url: string) {
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1" },
    stdio: "inherit",
  });
}

export async function databaseExists(name: string): Promise<boolean> {
  return admin(async (c) => {
    const r = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    return r.rowCount === 1;
  });
}

/**
 * A fresh database `name`, migrated and seeded with the demo 院, copied from
 * a template database that is rebuilt only when migrations or seed change
 * (building it takes about a minute; copying, a second).
 */
export async function freshSeededDatabase(name: string, log = console.log): Promise<string> {
  const template = "sz_cluster_template";
  const fingerprint = dataFingerprint();
  const current = await admin(async (c) => {
    const r = await c.query<{ d: string | null }>(
      "SELECT shobj_description(oid, 'pg_database') AS d FROM pg_database WHERE datname = $1",
      [template],
    );
    return r.rows[0]?.d ?? null;
  });
  if (current !== fingerprint) {
    log("▶ building the seeded template database (migrations and seed changed)");
    await admin((c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(template)} WITH (FORCE)`));
    await admin((c) => c.query(`CREATE DATABASE ${quoteIdent(template)}`));
    migrateAndSeed(databaseUrl(template));
    await admin((c) => c.query(`COMMENT ON DATABASE ${quoteIdent(template)} IS '${fingerprint}'`));
  }
  await admin(async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(template)}`);
  });
  return databaseUrl(name);
}

export async function dropDatabase(name: string): Promise<void> {
  await admin((c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
}

/**
 * nginx in front of the instances: round robin, the client's address in
 * X-Forwarded-For (the instances run with TRUST_PROXY=1), and a request that
 * could not reach one instance tried on the next. A POST already sent to an
 * instance that dies is not retried (nginx never retries non-idempotent
 * requests by default): the client gets 502 and no acknowledgement.
 */
export function nginxConfig(dir: string, listen: number, upstreams: number[]): string {
  const root = process.getuid?.() === 0;
  return `# Generated by scripts/cluster/cluster.ts
${root ? "user nobody nogroup;\n" : ""}worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  # Attachments are at most 10 MB (lib/attachments/types.ts).
  client_max_body_size 12m;
  upstream portal {
${upstreams.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;`).join("\n")}
    keepalive 32;
  }
  server {
    listen 127.0.0.1:${listen};
    location / {
      proxy_pass http://portal;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_next_upstream error timeout;
      proxy_connect_timeout 2s;
      proxy_read_timeout 60s;
    }
  }
}
`;
}

export type Proc = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

function track(child: ChildProcess, echo: string | null): Proc {
  let out = "";
  const onData = (d: Buffer) => {
    out += d;
    if (echo !== null)
      for (const line of String(d).split("\n")) if (line) console.log(`${echo}${line}`);
  };
  child.stdout?.on("data", onData);
  child.stderr?.on("data", onData);
  const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
  return { child, output: () => out, exited };
}

export type ClusterOptions = {
  databaseUrl: string;
  ports: number[];
  nginxPort: number;
  /** Shared attachments folder (UPLOAD_DIR) of every instance. */
  uploadDir: string;
  extraEnv?: Record<string, string>;
  /** Prefix for echoing each process's output, or null to keep it quiet. */
  echo?: boolean;
};

export type Cluster = {
  url: string;
  instances: Proc[];
  nginx: Proc;
  dir: string;
  stop: () => Promise<void>;
};

export function instanceEnv(o: ClusterOptions, port: number): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ...CLUSTER_SECRETS,
    DATABASE_URL: o.databaseUrl,
    PORT: String(port),
    LISTEN_HOST: "127.0.0.1",
    WEB_CONCURRENCY: "1",
    TRUST_PROXY: "1",
    NEXTAUTH_URL: `http://localhost:${o.nginxPort}`,
    UPLOAD_DIR: o.uploadDir,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    ...o.extraEnv,
  };
}

export function startInstance(o: ClusterOptions, port: number): Proc {
  const child = spawn("node", ["scripts/server.mjs"], {
    cwd: ROOT,
    env: instanceEnv(o, port),
    stdio: ["ignore", "pipe", "pipe"],
  });
  return track(child, o.echo ? `[${port}] ` : null);
}

export async function waitForHttp(url: string, timeoutMs = 90_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(url, { redirect: "manual" });
      if (res.status < 500) return;
    } catch {
      // not up yet
    }
    if (Date.now() > end) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

/** Starts the instances and nginx; resolves once nginx serves /login. */
export async function startCluster(o: ClusterOptions): Promise<Cluster> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sz-cluster-"));
  // nginx's workers run as nobody when it is started as root: let them in.
  fs.chmodSync(dir, 0o755);
  fs.mkdirSync(o.uploadDir, { recursive: true });
  fs.writeFileSync(path.join(dir, "nginx.conf"), nginxConfig(dir, o.nginxPort, o.ports));
  const instances = o.ports.map((p) => startInstance(o, p));
  const nginx = track(
    spawn("nginx", ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-e", `${dir}/error.log`], {
      stdio: ["ignore", "pipe", "pipe"],
    }),
    o.echo ? "[nginx] " : null,
  );
  const stop = async () => {
    for (const p of [nginx, ...instances])
      if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill("SIGTERM");
    await Promise.race([
      Promise.all([nginx, ...instances].map((p) => p.exited)),
      new Promise((r) => setTimeout(r, 10_000)),
    ]);
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    await Promise.all(o.ports.map((p) => waitForHttp(`http://127.0.0.1:${p}/login`)));
    await waitForHttp(`http://127.0.0.1:${o.nginxPort}/login`, 10_000);
  } catch (e) {
    await stop();
    throw e;
  }
  return { url: `http://localhost:${o.nginxPort}`, instances, nginx, dir, stop };
}
