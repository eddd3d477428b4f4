#!/usr/bin/env bash
# The console in a real terminal (tmux): a prompt, an entry continued over two lines, a compile error and the console
# going on, a line recalled from the history with the up arrow, Ctrl+D to end with exit 0; then the history file in
# the XDG state folder, and the store unchanged. Prints "console e2e: passed" or why it failed, and exits 0/1.
set -uo pipefail
cd "$(dirname "$0")/../.."

command -v tmux >/dev/null 2>&1 || { echo "console e2e: failed: tmux is not installed"; exit 1; }
dll=tui/bin/Debug/net10.0/playbook.dll
[ -f "$dll" ] || dotnet build tui -c Debug -v q >/dev/null || { echo "console e2e: failed: build"; exit 1; }

work=$(mktemp -d)
session="playbook-console-e2e-$$"
export XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache" XDG_DATA_HOME="$work/data" XDG_STATE_HOME="$work/state"
playbook() { dotnet "$dll" "$@"; }
cleanup() { tmux kill-session -t "$session" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
fail() { echo "console e2e: failed: $1"; echo "--- screen"; tmux capture-pane -p -t "$session" 2>/dev/null; exit 1; }

wait_for() {
  for _ in $(seq 1 $(( ${2:-20} * 5 ))); do
    tmux capture-pane -p -t "$session" 2>/dev/null | grep -qF -- "$1" && return 0
    sleep 0.2
  done
  fail "the screen never showed '$1'"
}

playbook import linkedin examples/Basic_LinkedInDataExport_11-30-2026.zip --db "$work/tour.db" --now 2026-11-30T08:00Z >/dev/null || fail "import"
before=$(sha256sum "$work/tour.db" | cut -d' ' -f1)

tmux new-session -d -s "$session" -x 120 -y 36 \
  "XDG_CONFIG_HOME='$XDG_CONFIG_HOME' XDG_CACHE_HOME='$XDG_CACHE_HOME' XDG_DATA_HOME='$XDG_DATA_HOME' XDG_STATE_HOME='$XDG_STATE_HOME' dotnet '$dll' console --db '$work/tour.db'; echo \"exit \$?\" > '$work/exit'; sleep 60"

wait_for "(read-only). Type Help" 60
tmux send-keys -t "$session" -l "Contacts.Count * 1000"
tmux send-keys -t "$session" Enter
wait_for "204000" 60
tmux send-keys -t "$session" -l "new[] {"
tmux send-keys -t "$session" Enter
wait_for ". "
tmux send-keys -t "$session" -l "20, 22 }.Sum()"
tmux send-keys -t "$session" Enter
wait_for "42"
tmux send-keys -t "$session" -l "nope + 1"
tmux send-keys -t "$session" Enter
wait_for "console(1,1): error CS0103: The name 'nope' does not exist in the current context"
# Up four times: back to the first line typed; run it again, changed.
tmux send-keys -t "$session" Up Up Up Up
wait_for "> Contacts.Count * 1000"
tmux send-keys -t "$session" BSpace BSpace BSpace BSpace BSpace BSpace
tmux send-keys -t "$session" -l "+ 1"
tmux send-keys -t "$session" Enter
wait_for "205"
# A line longer than the terminal is wide, edited in its middle: moved left over the wrap, a digit changed.
long="Contacts.Where(c => c.Company != null && c.Company.Length > 0 && c.FullName.Length > 0 && c.Stage != \"dormant\").Count() * 1 + 0000"
tmux send-keys -t "$session" -l "$long"
tmux send-keys -t "$session" Left Left Left BSpace
tmux send-keys -t "$session" -l "7"
tmux send-keys -t "$session" Enter
wait_for "7192"
tmux send-keys -t "$session" C-d
for _ in $(seq 1 50); do [ -f "$work/exit" ] && break; sleep 0.2; done
[ "$(cat "$work/exit" 2>/dev/null)" = "exit 0" ] || fail "the console did not end with exit 0 ($(cat "$work/exit" 2>/dev/null))"

history="$work/state/playbook/console-history"
[ -f "$history" ] || fail "no history at $history"
[ "$(stat -c %a "$history")" = "600" ] || fail "the history is readable by others: $(stat -c %a "$history")"
grep -qxF "Contacts.Count + 1" "$history" || fail "the history lacks the last entry: $(cat "$history")"
[ "$(sha256sum "$work/tour.db" | cut -d' ' -f1)" = "$before" ] || fail "the store changed"
echo "console e2e: passed"
