# Sourced by the scripts that start the system for a run of their own (scripts/e2e.sh, scripts/load-test.sh): waiting
# for a server to be ready and for a stopped one to be gone. Messages start with the sourcing script's name.

# wait_gone PID|-PGID: up to 30 s for the process (group) to end after SIGTERM.
wait_gone() {
  for ((i = 0; i < 30; i++)); do
    kill -0 -- "$1" 2>/dev/null || return 0
    sleep 1
  done
  return 1
}

# ready NAME URL PID LOG: polls URL until it answers 2xx; fails early when PID has died, after 180 s at most.
ready() {
  local name="$1" url="$2" pid="$3" log="$4" me="${0##*/}"
  for ((waited = 0; waited < 180; waited += 2)); do
    curl -fs -o /dev/null --max-time 2 "$url" && return 0
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "${me%.sh}: $name exited during start-up; last lines of its log:" >&2
      tail -n 40 "$log" >&2
      return 1
    fi
    sleep 2
  done
  echo "${me%.sh}: $name not ready after 180 s ($url); last lines of its log:" >&2
  tail -n 40 "$log" >&2
  return 1
}
