using Playbook.Engine.Analysis.Replies;
using Playbook.Engine.Events;

namespace Playbook.Engine.Store.StagePass;

/// <summary>
/// One event of a kind that moves a stage, as the stage pass reads it: its kind and its reply label as small numbers
/// (a label the stages do not read is kept as text).
/// </summary>
internal readonly record struct StageRow(long Id, byte Kind, long AtTicks, byte Label, string? OtherLabel)
{
    /// <summary>A message the owner sent.</summary>
    public const byte Sent = 0;

    /// <summary>A message the owner received.</summary>
    public const byte Received = 1;

    /// <summary>A meeting.</summary>
    public const byte Meeting = 2;

    /// <summary>A collaboration.</summary>
    public const byte Collaboration = 3;

    /// <summary>No label.</summary>
    public const byte Unlabelled = 0;

    /// <summary><see cref="ReplyLabels.Auto"/>.</summary>
    public const byte Auto = 1;

    /// <summary><see cref="ReplyLabels.BrushOff"/>.</summary>
    public const byte BrushOff = 2;

    /// <summary><see cref="ReplyLabels.Negative"/>.</summary>
    public const byte Negative = 3;

    /// <summary><see cref="ReplyLabels.Engaged"/>.</summary>
    public const byte Engaged = 4;

    /// <summary>Any other label, kept as text in <see cref="OtherLabel"/>.</summary>
    public const byte Other = 5;

    /// <summary>
    /// The row of the event <paramref name="id"/> of <paramref name="kind"/>, labelled <paramref name="label"/>; null when
    /// the kind moves no stage. The same numbers as the stage scan's SQL gives.
    /// </summary>
    public static StageRow? Of(long id, string kind, long atTicks, string? label)
    {
        byte? number = kind switch
        {
            EventKinds.MessageSent => Sent,
            EventKinds.MessageReceived => Received,
            EventKinds.Meeting => Meeting,
            EventKinds.Collaboration => Collaboration,
            _ => null,
        };
        if (number is not { } k)
        {
            return null;
        }

        var l = label switch
        {
            null => Unlabelled,
            ReplyLabels.Auto => Auto,
            ReplyLabels.BrushOff => BrushOff,
            ReplyLabels.Negative => Negative,
            ReplyLabels.Engaged => Engaged,
            _ => Other,
        };
        return new StageRow(id, k, atTicks, l, l == Other ? label : null);
    }
}
