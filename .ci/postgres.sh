#!/usr/bin/env bash
# Start a throwaway PostgreSQL on loopback for the ledger tests; print the URL for BRIEFBOT_TEST_DATABASE_URL.
# Installs PostgreSQL from Debian's packages when it is missing. Usage: eval "$(bash .ci/postgres.sh start DIR)"
#                                                                       bash .ci/postgres.sh stop DIR
set -euo pipefail
action=${1:?start or stop}
dir=${2:?a work folder}
port=${PGPORT_TEST:-55432}

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ "$action" = stop ]; then
    [ -n "$bin" ] && [ -f "$dir/data/postmaster.pid" ] || exit 0
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null
    else "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null; fi
    exit 0
fi

if [ -z "$bin" ] || [ ! -x "$bin/postgres" ]; then
    echo "installing PostgreSQL from Debian's packages..." >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
    bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi

mkdir -p "$dir/socket"
as_pg=()
if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir "$dir" postgres
    chown -R postgres "$dir"
    as_pg=(runuser -u postgres --)
fi
"${as_pg[@]}" "$bin/initdb" -D "$dir/data" -U briefbot --auth=trust -E UTF8 >/dev/null
"${as_pg[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir/socket -c fsync=off" start >/dev/null
echo "export BRIEFBOT_TEST_DATABASE_URL=postgresql+psycopg://briefbot@127.0.0.1:$port/postgres"
