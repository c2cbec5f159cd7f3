#!/usr/bin/env bash
# A one-node Slurm cluster on this machine, for the job-array test (test/cluster/):
#
#   test/cluster/slurm.sh start DIR   # write DIR/slurm.conf, start munged, slurmctld and slurmd,
#                                     # wait until the node is idle
#   test/cluster/slurm.sh stop DIR    # stop the three daemons by their process ids
#
# Everything (configuration, munge key and socket, state, logs, pid files) lives in DIR, so
# nothing in /etc is touched and an existing Slurm installation is left alone. Clients find the
# cluster through SLURM_CONF=DIR/slurm.conf. The daemons run as root: directly when this script
# runs as root, through sudo otherwise. Needs Debian's slurm-wlm and munge.
set -euo pipefail

usage() { echo "usage: $0 start|stop DIR" >&2; exit 2; }
[ $# -eq 2 ] || usage
action=$1
dir=$2
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo -n"

# Ports other than Slurm's defaults (6817/6818), so a real cluster on the machine is not disturbed.
CTLD_PORT=${BORDER_SIM_SLURMCTLD_PORT:-16817}
SLURMD_PORT=${BORDER_SIM_SLURMD_PORT:-16818}

start() {
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  local host cpus memory
  host=$(hostname -s)
  cpus=$(nproc); [ "$cpus" -gt 2 ] && cpus=2
  # slurmd refuses a node configured with more memory than it has: take slurmd's own figure.
  memory=$(slurmd -C | sed -n 's/.*RealMemory=\([0-9]*\).*/\1/p')
  [ -n "$memory" ] || { echo "slurm.sh: could not read the node's memory from 'slurmd -C'" >&2; exit 1; }

  $SUDO mkdir -p "$dir/munge" "$dir/ctld" "$dir/spool" "$dir/log"
  $SUDO chmod 0755 "$dir/munge"
  # A fresh key for this cluster only; munged wants it readable by its user alone.
  $SUDO sh -c "umask 077; head -c 1024 /dev/urandom > '$dir/munge/munge.key'"
  cat > "$dir/slurm.conf.new" <<CONF
# One-node cluster for border-sim's job-array test (written by test/cluster/slurm.sh).
ClusterName=bordersim
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=$CTLD_PORT
SlurmdPort=$SLURMD_PORT
SlurmUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$dir/munge/munge.socket
StateSaveLocation=$dir/ctld
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/log/slurmctld.log
SlurmdLogFile=$dir/log/slurmd.log
# Signals go to the job's whole process group, as with cgroups on a production cluster. (linuxproc
# misses processes whose title holds spaces, such as npm's "npm exec border-sim ...".)
ProctrackType=proctrack/pgid
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
MpiDefault=none
ReturnToService=2
# Signals first, SIGKILL 5 s later, as a site with a short grace period would.
KillWait=5
MinJobAge=600
NodeName=$host NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=$memory State=UNKNOWN
PartitionName=debug Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
  mv "$dir/slurm.conf.new" "$dir/slurm.conf"
  export SLURM_CONF="$dir/slurm.conf"

  # Each daemon in the foreground (so its process id is the one recorded), in the background here.
  $SUDO munged --foreground --force --socket="$dir/munge/munge.socket" --key-file="$dir/munge/munge.key" \
    --pid-file="$dir/munge/munged.pid" --log-file="$dir/log/munged.log" --seed-file="$dir/munge/munged.seed" \
    >>"$dir/log/munged.out" 2>&1 &
  echo $! > "$dir/munged.launcher.pid"
  wait_for "munged" 10 test -S "$dir/munge/munge.socket"

  $SUDO env SLURM_CONF="$SLURM_CONF" slurmctld -D -i >>"$dir/log/slurmctld.out" 2>&1 &
  echo $! > "$dir/slurmctld.launcher.pid"
  wait_for "slurmctld" 30 scontrol ping

  $SUDO env SLURM_CONF="$SLURM_CONF" slurmd -D >>"$dir/log/slurmd.out" 2>&1 &
  echo $! > "$dir/slurmd.launcher.pid"
  wait_for "the node to be idle" 60 node_idle
  sinfo
}

node_idle() { [ "$(sinfo -h -o %T 2>/dev/null)" = "idle" ]; }

# wait_for WHAT SECONDS COMMAND...: runs COMMAND every half second until it succeeds.
wait_for() {
  local what=$1 seconds=$2; shift 2
  local tries=$((seconds * 2))
  until "$@" >/dev/null 2>&1; do
    tries=$((tries - 1))
    if [ "$tries" -le 0 ]; then
      echo "slurm.sh: gave up waiting for $what after $seconds s; logs:" >&2
      tail -n 20 "$dir"/log/* >&2 || true
      exit 1
    fi
    sleep 0.5
  done
}

# stop_daemon NAME: SIGTERM to the daemon's process id (from its pid file, else the process
# started by this script), then SIGKILL if it is still there after 10 s.
stop_daemon() {
  local name=$1 pid=""
  local pidfile="$dir/$name.pid"
  [ "$name" = munged ] && pidfile="$dir/munge/munged.pid"
  if [ -s "$pidfile" ]; then pid=$($SUDO cat "$pidfile"); fi
  if [ -z "$pid" ] && [ -s "$dir/$name.launcher.pid" ]; then pid=$(cat "$dir/$name.launcher.pid"); fi
  [ -n "$pid" ] || return 0
  if $SUDO kill -TERM "$pid" 2>/dev/null; then
    for _ in $(seq 1 20); do
      $SUDO kill -0 "$pid" 2>/dev/null || break
      sleep 0.5
    done
    $SUDO kill -KILL "$pid" 2>/dev/null || true
  fi
  # The launcher (sudo, when not root) ends with its daemon.
  if [ -s "$dir/$name.launcher.pid" ]; then $SUDO kill -TERM "$(cat "$dir/$name.launcher.pid")" 2>/dev/null || true; fi
  rm -f "$dir/$name.launcher.pid"
  echo "slurm.sh: stopped $name (pid $pid)"
}

stop() {
  [ -d "$dir" ] || return 0
  dir=$(cd "$dir" && pwd)
  # The node first, then the controller, then authentication.
  stop_daemon slurmd
  stop_daemon slurmctld
  stop_daemon munged
}

case "$action" in
  start) start ;;
  stop) stop ;;
  *) usage ;;
esac
