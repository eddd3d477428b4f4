using Playbook.Engine.Contacts;

namespace Playbook.Tests.Import.Profiles;

/// <summary>
/// Compares two profiles field by field (a record's lists compare by reference), so that a failure names the field
/// and shows both values.
/// </summary>
internal static class ProfileAssert
{
    public static void Equal(Profile expected, Profile actual)
    {
        Assert.Equal(expected.FullName, actual.FullName);
        Assert.Equal(expected.Headline, actual.Headline);
        Assert.Equal(expected.Location, actual.Location);
        Assert.Equal(expected.About, actual.About);
        Assert.Equal(expected.ProfileUrl, actual.ProfileUrl);
        Assert.Equal(expected.Emails, actual.Emails);
        Assert.Equal(expected.Positions, actual.Positions);
        Assert.Equal(expected.Schools, actual.Schools);
        Assert.Equal(expected.Skills, actual.Skills);
        Assert.Equal(expected.Languages, actual.Languages);
        Assert.Equal(expected.Certifications, actual.Certifications);
        Assert.Equal(expected.SavedAt, actual.SavedAt);
    }

    /// <summary>A month: <c>Month(2021, 4)</c>.</summary>
    public static PartialDate Month(int year, int month) => new(year, month);

    /// <summary>A year alone.</summary>
    public static PartialDate Year(int year) => new(year, null);
}
