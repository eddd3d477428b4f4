#!/usr/bin/env bash
# End to end in a real terminal: opens the demo in the desk inside tmux, opens the first draft, edits it, marks it
# sent, marks a contact and previews a playbook over it (a dry run), imports a vCard from inside the app and quits;
# then checks the store with the command line. Prints "desk e2e: passed" or why it failed, and exits 0/1.
set -uo pipefail
cd "$(dirname "$0")/../.."

command -v tmux >/dev/null 2>&1 || { echo "desk e2e: failed: tmux is not installed"; exit 1; }
dll=tui/bin/Debug/net10.0/playbook.dll
[ -f "$dll" ] || dotnet build tui -c Debug -v q >/dev/null || { echo "desk e2e: failed: build"; exit 1; }

work=$(mktemp -d)
session="playbook-e2e-$$"
export XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache" XDG_DATA_HOME="$work/data"
playbook() { dotnet "$dll" "$@"; }
cleanup() { tmux kill-session -t "$session" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
fail() { echo "desk e2e: failed: $1"; echo "--- screen"; tmux capture-pane -p -t "$session" 2>/dev/null; exit 1; }

# Waits until the screen shows $1 (up to $2 seconds).
wait_for() {
  for _ in $(seq 1 $(( ${2:-20} * 5 ))); do
    tmux capture-pane -p -t "$session" 2>/dev/null | grep -qF -- "$1" && return 0
    sleep 0.2
  done
  fail "the screen never showed '$1'"
}

# Opens the command palette, types $1, runs the first match and waits for the screen titled $2.
palette() {
  tmux send-keys -t "$session" C-p
  wait_for "Commands"
  tmux send-keys -t "$session" -l "$1"
  tmux send-keys -t "$session" Enter
  wait_for "$2"
}

tmux new-session -d -s "$session" -x 120 -y 36 \
  "XDG_CONFIG_HOME='$XDG_CONFIG_HOME' XDG_CACHE_HOME='$XDG_CACHE_HOME' XDG_DATA_HOME='$XDG_DATA_HOME' dotnet '$dll' demo --db '$work/demo.db'; echo \"exit \$?\" > '$work/exit'; sleep 60"

wait_for "Playbook · Today · 2026-11-30" 60
wait_for "Playbooks loaded" 60
tmux send-keys -t "$session" Enter
wait_for "#1 to Elena Moreno Díaz"
tmux send-keys -t "$session" -l "Buenos días. "
wait_for "203 of 8000 characters"
tmux send-keys -t "$session" F7
wait_for "Draft #1 to Elena Moreno Díaz marked sent."
# A contact marked on the Contacts screen, then a dry-run preview over it from the Playbooks screen, reached through
# the command palette.
tmux send-keys -t "$session" F4
wait_for "Playbook · Contacts"
tmux send-keys -t "$session" -l "elena moreno"
wait_for "1 contact, by name"
tmux send-keys -t "$session" Down Space
wait_for "1 marked"
palette "playbooks" "Playbook · Playbooks"
wait_for "keep-in-touch"
tmux send-keys -t "$session" p
wait_for "over the 1 contact(s) marked on the Contacts screen"
wait_for "dry run, nothing was kept"
# An import from the Import screen.
palette "import" "Playbook · Import"
tmux send-keys -t "$session" -l "$PWD/examples/contacts.vcf"
tmux send-keys -t "$session" Enter
wait_for "contacts.vcf: " 60
tmux send-keys -t "$session" C-q
for _ in $(seq 1 50); do [ -f "$work/exit" ] && break; sleep 0.2; done
[ "$(cat "$work/exit" 2>/dev/null)" = "exit 0" ] || fail "the desk did not quit with exit 0 ($(cat "$work/exit" 2>/dev/null))"

sent=$(playbook drafts --status sent --json --db "$work/demo.db") || fail "'drafts --status sent' failed"
grep -qF '"body": "Buenos días. Hola Elena' <<<"$sent" || fail "the edited draft is not stored as sent: $sent"
playbook events --kind message.sent --db "$work/demo.db" | grep -qF "Buenos días. Hola Elena" || fail "no message.sent with the edited text"
playbook contacts amparo --db "$work/demo.db" | grep -qF "Amparo Beltrán Ocaña" || fail "the vCard imported from the desk is not in the store"
echo "desk e2e: passed"
