using System.Globalization;
using Playbook.Engine.Contacts;

namespace Playbook.Tui.Presentation;

/// <summary>A profile's positions, schools and languages as one line each, for <c>me</c>, <c>contacts show</c> and the desk.</summary>
internal static class ProfileText
{
    /// <summary><c>Head of E-commerce at Tiendas Aurora  2019-09 – 2024-05  Madrid</c>.</summary>
    public static string Position(Position p) =>
        $"{p.Title ?? "(no title)"} at {p.Company}  {p.Start?.ToString() ?? "?"} – {(p.IsCurrent ? "now" : p.End.ToString())}{(p.Location is null ? "" : "  " + p.Location)}";

    /// <summary><c>Universidad Complutense de Madrid, Máster en Marketing Digital  2014 – 2015</c>.</summary>
    public static string School(School s) =>
        $"{s.Name}{(s.Degree is null ? "" : ", " + s.Degree)}{(s.Start is null && s.End is null ? "" : string.Create(CultureInfo.InvariantCulture, $"  {s.Start?.ToString(CultureInfo.InvariantCulture) ?? "?"} – {s.End?.ToString(CultureInfo.InvariantCulture) ?? "now"}"))}";

    /// <summary><c>Spanish (Native or Bilingual)</c>.</summary>
    public static string Language(Language l) => l.Proficiency is null ? l.Name : $"{l.Name} ({l.Proficiency})";
}
