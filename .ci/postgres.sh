# Sourced by .ci/run: start a throw-away PostgreSQL cluster on loopback and export its URL as
# AGREEMENT_STUDIO_TEST_PG_URL. Without a PostgreSQL installation it does nothing (the tests skip).
# The first free port from 55432 is used, so that two checkouts on one machine can both run it;
# the cluster is stopped and removed when the shell that sourced this exits.
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -n "$pg_bin" ] && [ -x "$pg_bin/initdb" ]; then
    pg_dir=$(mktemp -d /tmp/agreement-studio-pg.XXXXXX)
    pg_port=55432
    while (exec 3<>"/dev/tcp/127.0.0.1/$pg_port") 2>/dev/null; do
        pg_port=$((pg_port + 1))
    done
    run_pg() {
        if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi
    }
    if [ "$(id -u)" -eq 0 ]; then chown postgres "$pg_dir"; fi
    run_pg "'$pg_bin/initdb' -D '$pg_dir/data' -U postgres --auth=trust -E UTF8 >/dev/null"
    run_pg "'$pg_bin/pg_ctl' -D '$pg_dir/data' -o '-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1' -l '$pg_dir/log' -w start >/dev/null"
    export AGREEMENT_STUDIO_TEST_PG_URL="postgresql+psycopg://postgres@127.0.0.1:$pg_port/postgres"
    echo "PostgreSQL for the tests: $AGREEMENT_STUDIO_TEST_PG_URL"
    trap "run_pg \"'$pg_bin/pg_ctl' -D '$pg_dir/data' -m fast stop >/dev/null\"; rm -rf '$pg_dir'" EXIT
fi
