using System.CommandLine;

namespace Playbook.Tui.Cli;

/// <summary>
/// <c>completions bash|zsh|fish</c>: prints a script that makes the shell complete <c>playbook</c>'s commands,
/// subcommands, options and their values. The script asks <c>playbook</c> itself at each Tab, through
/// System.CommandLine's <c>[suggest:POSITION]</c> directive, so the completions are always those of the installed
/// version; where it suggests nothing (a PATH), the shell completes file names.
/// </summary>
internal static class CompletionsCommand
{
    /// <summary>The shells a script is printed for.</summary>
    public static readonly IReadOnlyList<string> Shells = ["bash", "zsh", "fish"];

    public static Command Create(CommandHost host)
    {
        var shell = new Argument<string>("SHELL") { Description = "bash, zsh or fish" };
        shell.AcceptOnlyFromAmong([.. Shells]);
        var command = new Command("completions", "Print the shell script that completes playbook's commands and options: bash, zsh or fish") { shell };
        command.SetAction(parse => host.Run(parse, context =>
        {
            context.Output.Write(ScriptFor(parse.GetValue(shell)!));
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>The completion script for <paramref name="shell"/> (one of <see cref="Shells"/>).</summary>
    public static string ScriptFor(string shell) => shell switch
    {
        "bash" => Bash,
        "zsh" => Zsh,
        "fish" => Fish,
        _ => throw new ArgumentException($"There is no completion script for '{shell}'.", nameof(shell)),
    };

    // Each script sends the line up to the cursor, its first word written "playbook" (however the command was typed),
    // and the cursor's position in it: "[suggest:N]" "playbook import li" answers one suggestion a line.
    private const string Bash = """
        # playbook completions for bash. Load them in ~/.bashrc with:
        #   source <(playbook completions bash)
        _playbook_complete() {
            local line="${COMP_LINE:0:COMP_POINT}"
            line="playbook${line#"${COMP_WORDS[0]}"}"
            local IFS=$'\n'
            local suggestions
            suggestions="$("${COMP_WORDS[0]}" "[suggest:${#line}]" "$line" 2>/dev/null)"
            COMPREPLY=($(compgen -W "$suggestions" -- "${COMP_WORDS[COMP_CWORD]}"))
        }
        complete -o default -F _playbook_complete playbook

        """;

    private const string Zsh = """
        # playbook completions for zsh. Load them in ~/.zshrc, after compinit, with:
        #   source <(playbook completions zsh)
        _playbook() {
            local line="${BUFFER[1,CURSOR]}"
            line="playbook${line#${words[1]}}"
            local -a suggestions
            suggestions=("${(@f)$(${words[1]} "[suggest:${#line}]" "$line" 2>/dev/null)}")
            suggestions=(${suggestions:#})
            if (( ${#suggestions} )); then
                compadd -- "${suggestions[@]}"
            else
                _files
            fi
        }
        compdef _playbook playbook

        """;

    private const string Fish = """
        # playbook completions for fish. Load them with:
        #   playbook completions fish > ~/.config/fish/completions/playbook.fish
        function __playbook_complete
            set -l first (commandline -opc)[1]
            set -l line (commandline -cp)
            set line "playbook"(string sub -s (math (string length -- "$first") + 1) -- "$line")
            $first "[suggest:"(string length -- "$line")"]" "$line" 2>/dev/null
        end
        complete -c playbook -a '(__playbook_complete)'

        """;
}
