using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Playbook.Tui.Cli;

/// <summary>The options every command takes, anywhere on the line.</summary>
internal sealed class GlobalOptions
{
    public Option<string?> Db { get; } = new("--db")
    {
        Description = "The store file (else $PLAYBOOK_DB, else the XDG data folder)",
        HelpName = "PATH",
        Recursive = true,
    };

    public Option<DateTimeOffset?> Now { get; } = new("--now")
    {
        Description = "The clock for the whole command, as an ISO 8601 instant (2026-11-30T08:00Z)",
        HelpName = "INSTANT",
        Recursive = true,
        CustomParser = ParseInstant,
    };

    public Option<string?> Playbooks { get; } = new("--playbooks")
    {
        Description = "The folder of your own playbooks (else $PLAYBOOK_PLAYBOOKS, else the XDG config folder)",
        HelpName = "DIR",
        Recursive = true,
    };

    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Print data as JSON",
        Recursive = true,
    };

    public Option<bool> Debug { get; } = new("--debug")
    {
        Description = "Show stack traces of errors",
        Recursive = true,
    };

    public IEnumerable<Option> All => [Db, Now, Playbooks, Json, Debug];

    /// <summary>Parses an ISO 8601 instant or date; times without an offset are UTC.</summary>
    public static DateTimeOffset? ParseInstant(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
        if (TryParseInstant(text, out var instant))
        {
            return instant;
        }

        result.AddError($"'{text}' is not an ISO 8601 instant such as 2026-11-30T08:00Z or 2026-11-30");
        return null;
    }

    public static bool TryParseInstant(string? text, out DateTimeOffset instant)
    {
        instant = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        return DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out instant);
    }
}
