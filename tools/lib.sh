# SPDX-License-Identifier: MIT
# Shared helpers for Larder's tool scripts (sourced, not run).

# free_port: prints a TCP port on 127.0.0.1 that nothing listens on.
free_port() {
  local port
  while :; do
    port=$(( 20000 + RANDOM % 40000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
}

# port_busy PORT: true if something listens on 127.0.0.1:PORT.
port_busy() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# start_cloud DATA DEVICE_PORT APP_PORT HTTP_PORT LOG: starts larder-cloud, waits
# until it serves. Sets CLOUD_PID.
start_cloud() { # DATA DEVICE_PORT APP_PORT HTTP_PORT LOG [more serve options]
  local data=$1 device=$2 app=$3 http=$4 log=$5
  shift 5
  mkdir -p "$data"
  build/bin/larder-cloud serve --data-dir "$data" --device-port "$device" --app-port "$app" \
    --http-port "$http" "$@" >"$log" 2>&1 &
  CLOUD_PID=$!
  await_ready "$CLOUD_PID" "$log" 'larder-cloud: ready' larder-cloud
}

# await_ready PID LOG TEXT NAME: waits up to 20 s for TEXT in LOG while PID runs; otherwise
# says NAME did not start, shows LOG and fails.
await_ready() {
  local pid=$1 log=$2 text=$3 name=$4
  for _ in $(seq 1 200); do
    if grep -qF "$text" "$log" 2>/dev/null; then return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then break; fi
    sleep 0.1
  done
  echo "$name did not start:" >&2
  cat "$log" >&2
  return 1
}

# start_postgres DIR PORT: a PostgreSQL 15 cluster of its own in DIR (made on first use: initdb
# with a password made for it in DIR/password (0600), SCRAM, TLS with a certificate made for it),
# started on loopback PORT with the database `larder`. Sets PG_URL (without the password) and
# PG_STOP (the command that stops it) and exports PGPASSWORD. As root the cluster belongs to
# Debian's `postgres` user (initdb refuses root), so DIR must be a folder it can reach.
start_postgres() {
  local dir=$1 port=$2 bin=/usr/lib/postgresql/15/bin
  local as=()
  [ "$(id -u)" -eq 0 ] && as=(runuser -u postgres --)
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    rm -rf "$dir"
    mkdir -p "$dir"
    chmod 700 "$dir"
    [ ${#as[@]} -gt 0 ] && chown postgres:postgres "$dir"
    "${as[@]}" bash -c "umask 077; head -c 24 /dev/urandom | base64 | tr -d '/+=' >'$dir/password'"
    "${as[@]}" "$bin/initdb" -D "$dir/data" -U larder --pwfile="$dir/password" \
      --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1
    "${as[@]}" openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
      -days 3650 -subj /CN=127.0.0.1 -keyout "$dir/data/server.key" \
      -out "$dir/data/server.crt" >/dev/null 2>&1
    "${as[@]}" chmod 600 "$dir/data/server.key"
  fi
  "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c ssl=on" start >/dev/null
  PGPASSWORD=$(cat "$dir/password")
  export PGPASSWORD
  "$bin/createdb" -h 127.0.0.1 -p "$port" -U larder larder >/dev/null 2>&1 || true
  PG_URL="postgresql://larder@127.0.0.1:$port/larder?sslmode=require"
  PG_STOP=("${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop)
}

# start_api_instance DATA DEVICE_PORT HTTP_PORT LOG [more serve options]: a second larder-cloud
# with `--role api` on the data directory (and database) of the running first one, whose edge
# then balances across both. Sets API_PID.
start_api_instance() {
  local data=$1 device=$2 http=$3 log=$4
  shift 4
  build/bin/larder-cloud serve --role api --data-dir "$data" --device-port "$device" \
    --http-port "$http" "$@" >"$log" 2>&1 &
  API_PID=$!
  await_ready "$API_PID" "$log" 'larder-cloud: ready (role api' "the api instance"
}

# stop_pids PID...: terminates the given processes and waits for them.
stop_pids() {
  local pid
  for pid in "$@"; do kill "$pid" 2>/dev/null || true; done
  for pid in "$@"; do wait "$pid" 2>/dev/null || true; done
}

# start_virtual_audio DIR: starts a PulseAudio server of our own (socket in DIR) whose
# microphone is a steady 440 Hz tone and whose speaker plays into nothing, and points this
# shell's programs at it (PULSE_SERVER). For machines without sound (CI, screenshots, a
# headless demo). Sets AUDIO_PID; returns non-zero when pulseaudio cannot start.
start_virtual_audio() {
  local dir=$1
  mkdir -p "$dir"
  HOME="$dir" XDG_RUNTIME_DIR="$dir" XDG_CONFIG_HOME="$dir" DBUS_SESSION_BUS_ADDRESS= \
    pulseaudio -n --daemonize=no --exit-idle-time=-1 --use-pid-file=no --log-target=stderr \
    -L "module-native-protocol-unix socket=$dir/native auth-anonymous=1" \
    -L "module-null-sink sink_name=speaker" \
    -L "module-null-sink sink_name=room" -L "module-sine sink=room frequency=440" \
    -L "module-remap-source source_name=microphone master=room.monitor" \
    >"$dir/pulseaudio.log" 2>&1 &
  AUDIO_PID=$!
  export PULSE_SERVER="unix:$dir/native"
  for _ in $(seq 1 100); do
    if pactl list short sources 2>/dev/null | grep -q microphone; then
      pactl set-default-source microphone >/dev/null
      return 0
    fi
    kill -0 "$AUDIO_PID" 2>/dev/null || break
    sleep 0.1
  done
  echo "no virtual microphone (see $dir/pulseaudio.log)" >&2
  return 1
}
