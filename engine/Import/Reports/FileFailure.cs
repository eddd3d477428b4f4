using CsvHelper;
using Microsoft.Data.Sqlite;
using Playbook.Engine.Store;

namespace Playbook.Engine.Import.Reports;

/// <summary>Why a whole file could not be imported, from the exception that stopped it (its transaction rolled back).</summary>
internal static class FileFailure
{
    /// <summary>The reason to report for <paramref name="e"/>, or null when it is not about the file (a bug: let it through).</summary>
    public static string? ReasonFor(Exception e) => e switch
    {
        ImportException import => import.Reason,
        IOException or InvalidDataException or UnauthorizedAccessException or CsvFormatException or System.Text.DecoderFallbackException =>
            $"cannot be read ({e.Message.Split('\n')[0].TrimEnd('.')}); nothing of it was imported",
        StoreException { Fault: StoreFault.Busy } or SqliteException { SqliteErrorCode: 5 or 6 } =>
            "the store is busy with another long write; nothing of this file was imported, try again",
        _ => null,
    };
}
