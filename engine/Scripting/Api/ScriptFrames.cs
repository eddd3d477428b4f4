using System.Diagnostics;
using Playbook.Engine.Problems;

namespace Playbook.Engine.Scripting.Api;

/// <summary>Where in a playbook script an exception was thrown: the first frame of its stack in a <c>.csx</c> file.</summary>
internal static class ScriptFrames
{
    public static SourceLocation? Where(Exception exception)
    {
        foreach (var frame in new StackTrace(exception, fNeedFileInfo: true).GetFrames())
        {
            if (frame.GetFileName() is { } file && file.EndsWith(".csx", StringComparison.OrdinalIgnoreCase) && frame.GetFileLineNumber() > 0)
            {
                return new SourceLocation(file, frame.GetFileLineNumber(), Math.Max(1, frame.GetFileColumnNumber()));
            }
        }

        return null;
    }
}
