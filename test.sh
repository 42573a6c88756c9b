#!/usr/bin/env bash
# Sets up everything the tests need on a fresh machine (pwsh, Docker engine, test images, local registry,
# sshd, Podman, the editor test tools) and runs every test runner against the real parts. The last line is
# "N passed, N failed"; the exit code is non-zero when anything failed or nothing ran.
set -uo pipefail
cd "$(dirname "$0")"
source tools/bootstrap.sh
# The ssh and Podman fixtures would install these themselves, but two of them starting in parallel on a fresh
# machine would race for apt's lock: install them here, once, before any test runs.
apt_install openssh-server:/usr/sbin/sshd openssh-client:ssh podman:podman runc:runc
pwsh -NoProfile -NonInteractive -File ./psake.ps1 Test
build=$?
pwsh -NoProfile -NonInteractive -File tools/summarize-tests.ps1
summary=$?
[ "$build" = 0 ] && [ "$summary" = 0 ]
