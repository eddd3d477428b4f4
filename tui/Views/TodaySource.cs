using Terminal.Gui.Views;

namespace Playbook.Tui.Views;

/// <summary>
/// Today's table: each row asked for through <paramref name="row"/>, so that the drafts not read yet are read when
/// the table first draws them (a screen shows a few dozen of the hundreds it lists).
/// </summary>
internal sealed class TodaySource(Func<int, TodayRow> row, Func<int> rows) : ITableSource
{
    public string[] ColumnNames { get; } = ["WHAT", "PROFILE", "CONTACT", "ASKED", "SUMMARY"];

    public int Columns => ColumnNames.Length;

    public int Rows => rows();

    public object this[int index, int column]
    {
        get
        {
            var r = row(index);
            return column switch
            {
                0 => r.Kind,
                1 => r.ProfileToRead ? "to read" : "",
                2 => r.Contact,
                3 => r.Asked,
                _ => r.Summary,
            };
        }
    }
}
