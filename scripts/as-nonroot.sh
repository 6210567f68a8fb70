#!/usr/bin/env bash
# Runs a command so that the embedded PostgreSQL it may start does not run as root.
#
# PostgreSQL refuses to start as root, and our machines and CI run everything as root. `unshare -U` puts the
# command in a fresh user namespace where it is "nobody", yet to the kernel it is still root's user, so it
# still owns and can write root's files (~/.m2, the repo, .data/). Not root: the command runs as it is.
#
# Inside the namespace getpwuid() says "nobody" with home /nonexistent, which the JVM would take as user.home:
# Maven and the Quarkus test bootstrap would then look for /nonexistent/.m2. JAVA_TOOL_OPTIONS keeps every
# JVM started below (Maven, Surefire's forks, the application) on the real home. Each JVM prints a
# "Picked up JAVA_TOOL_OPTIONS" line for it: that is expected.
#
# exec (twice: here and in unshare) keeps the caller's $! equal to the command's own pid, so signals reach it.
set -euo pipefail

if ((EUID != 0)); then
  exec "$@"
fi
export JAVA_TOOL_OPTIONS="-Duser.home=${HOME:-/root}${JAVA_TOOL_OPTIONS:+ $JAVA_TOOL_OPTIONS}"
exec unshare -U "$@"
