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
start_cloud() {
  local data=$1 device=$2 app=$3 http=$4 log=$5
  mkdir -p "$data"
  build/bin/larder-cloud serve --data-dir "$data" --device-port "$device" --app-port "$app" \
    --http-port "$http" >"$log" 2>&1 &
  CLOUD_PID=$!
  for _ in $(seq 1 200); do
    if grep -q 'larder-cloud: ready' "$log" 2>/dev/null; then return 0; fi
    if ! kill -0 "$CLOUD_PID" 2>/dev/null; then break; fi
    sleep 0.1
  done
  echo "larder-cloud did not start:" >&2
  cat "$log" >&2
  return 1
}

# stop_pids PID...: terminates the given processes and waits for them.
stop_pids() {
  local pid
  for pid in "$@"; do kill "$pid" 2>/dev/null || true; done
  for pid in "$@"; do wait "$pid" 2>/dev/null || true; done
}
