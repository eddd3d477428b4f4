namespace Playbook.Tui.Cli;

/// <summary>The exit codes of the command-line contract.</summary>
internal static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Ok = 0;

    /// <summary>The input or the data was wrong; stderr has one line per problem.</summary>
    public const int BadInput = 1;

    /// <summary>The command line itself was wrong.</summary>
    public const int BadCommandLine = 2;
}
