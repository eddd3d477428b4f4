#!/usr/bin/env bash
# The tool as docs/install.md installs it: dotnet pack (a package for this platform, compiled ahead of time), then
# dotnet tool install from that folder into a temporary tool path; the installed playbook answers --version, checks
# the built-ins, imports the example export into a store and lists its contacts, and prints its bash completions.
# Prints "tool e2e: passed" or why it failed, and exits 0/1.
set -uo pipefail
cd "$(dirname "$0")/../.."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "tool e2e: failed: $1"; [ -f "$work/log" ] && tail -n 20 "$work/log"; exit 1; }
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache" XDG_DATA_HOME="$work/data"
mkdir -p "$HOME"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# The packages restored already stay where they are: a fresh HOME would download them again.
export NUGET_PACKAGES="${NUGET_PACKAGES:-$(dotnet nuget locals global-packages --list | sed 's/^global-packages: //')}"

dotnet pack tui -c Release -o "$work/packages" >"$work/log" 2>&1 || fail "dotnet pack"
ls "$work/packages"/playbook.*.nupkg >/dev/null 2>&1 || fail "dotnet pack made no package"
dotnet tool install --tool-path "$work/tools" --add-source "$work/packages" playbook >"$work/log" 2>&1 || fail "dotnet tool install"

version=$("$work/tools/playbook" --version) || fail "playbook --version exited $?"
[[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+ ]] || fail "playbook --version printed '$version'"
"$work/tools/playbook" check >"$work/log" 2>&1 || fail "playbook check"
grep -q "playbooks OK" "$work/log" || fail "playbook check printed no 'playbooks OK'"
# The store through the installed tool: SQLite's library is found beside it, by SQLitePCL and by the engine's own calls.
"$work/tools/playbook" import linkedin examples/Basic_LinkedInDataExport_11-30-2026.zip --db "$work/tool.db" --now 2026-11-30T08:00Z >"$work/log" 2>&1 \
    || fail "playbook import linkedin"
"$work/tools/playbook" contacts --db "$work/tool.db" --json >"$work/log" 2>&1 || fail "playbook contacts"
grep -q '"id"' "$work/log" || fail "playbook contacts listed no contact after the import"
"$work/tools/playbook" completions bash | grep -q "complete -o default -F _playbook_complete playbook" || fail "playbook completions bash"

echo "tool e2e: passed ($version)"
