#!/usr/bin/env bash
# Installs and starts what the test suite needs beyond npm packages, from
# Debian's packages: Chromium and a CJK font for e2e, PostgreSQL for the
# integration run on PostgreSQL, nginx for the cluster test. Idempotent;
# safe to run every time.
set -euo pipefail

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "需要 root 权限安装：$*" >&2; exit 1; fi
}
apt_updated=0
apt_install() {
  if [ $apt_updated = 0 ]; then as_root apt-get update -qq; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

if ! command -v chromium >/dev/null 2>&1; then
  echo "• installing Debian's chromium"
  apt_install chromium
fi
if ! fc-list 2>/dev/null | grep -qiE "wenquanyi|wqy|noto sans cjk"; then
  echo "• installing a CJK font (fonts-wqy-microhei)"
  apt_install fonts-wqy-microhei fontconfig
fi
if ! command -v pdftotext >/dev/null 2>&1; then
  echo "• installing poppler-utils (pdftotext, pdftoppm for the document export tests)"
  apt_install poppler-utils
fi
if ! command -v nginx >/dev/null 2>&1; then
  echo "• installing nginx (the cluster test's proxy, tests/e2e/cluster.spec.ts)"
  apt_install nginx
fi
if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  echo "• installing PostgreSQL"
  apt_install postgresql postgresql-client
fi
if ! pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
  echo "• starting PostgreSQL"
  as_root pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -1)" main start || true
  for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
fi
pg_isready -h 127.0.0.1 -p 5432 -q || { echo "PostgreSQL 未能启动（127.0.0.1:5432）" >&2; exit 1; }
# Tests connect as postgres over TCP without a password (trust), as on these machines.
psql "${PG_ADMIN_URL:-postgresql://postgres@127.0.0.1:5432/postgres}" -qtAc "select 1" >/dev/null || {
  echo "无法以 postgres 角色连接 127.0.0.1:5432；请设置 PG_ADMIN_URL（需 CREATEDB 权限）" >&2; exit 1; }
echo "• test environment ready: $(chromium --version 2>/dev/null | head -1), PostgreSQL $(psql -V | awk '{print $3}')"
