namespace Playbook.Benchmarks;

/// <summary>
/// A LinkedIn export of fresh invitations alone (Profile.csv and Invitations.csv): one from each of
/// <c>count</c> people, received within the 14 days before <c>now</c>, a third of them with a note. What the
/// run ratio imports and then runs the built-ins over.
/// </summary>
internal static class FreshInvitations
{
    private static readonly string[] Notes =
    [
        "Hola Ana, me gustaría conectar contigo para hablar de e-commerce",
        "Hi Ana, I would love to connect and hear about your work",
        "Hola, ¿conectamos?",
    ];

    public static void Write(string folder, int count, DateTimeOffset now, int seed = 42)
    {
        var people = SyntheticExport.Generate(count, 0, 0, seed).Connections;
        var random = new Random(seed);
        var export = new SyntheticExport();
        foreach (var person in people)
        {
            // Within max_age (14 days), an hour of margin so that no invitation sits on the edge.
            var at = now.AddMinutes(-random.Next(60, 14 * 24 * 60));
            export.Invitations.Add(new SyntheticExport.Invitation(person, true, at, random.Next(3) == 0 ? Notes[random.Next(Notes.Length)] : null));
        }

        export.WriteTo(folder, connections: false, messages: false);
    }
}
