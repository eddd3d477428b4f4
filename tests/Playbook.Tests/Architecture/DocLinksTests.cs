using System.Text;
using System.Text.RegularExpressions;
using Playbook.Tests.Support;

namespace Playbook.Tests.Architecture;

/// <summary>
/// The docs stand alone: every link from <c>docs/</c> and the README reaches a file of this repository (and, with an
/// anchor, a heading of it), and no page sends the reader to a design file that is not in it.
/// </summary>
public sealed partial class DocLinksTests
{
    private static readonly string[] Outside = ["DESIGN.md", "DESIGN's", "SCENARIOS.md", "STYLE.md", "STACK.md", "shared/"];

    public static TheoryData<string> Pages() =>
        [.. Directory.GetFiles(Path.Combine(RepoPaths.Root, "docs"), "*.md").Select(f => Path.GetRelativePath(RepoPaths.Root, f)).Append("README.md")
            .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_Links_ReachFilesAndHeadingsOfTheRepository(string page)
    {
        var path = Path.Combine(RepoPaths.Root, page);
        var text = File.ReadAllText(path);

        var broken = new List<string>();
        foreach (Match link in Link().Matches(WithoutCode(text)))
        {
            var target = link.Groups["target"].Value;
            if (target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal))
            {
                continue;
            }

            var (file, anchor) = target.Split('#', 2) is [var f, var a] ? (f, a) : (target, null);
            var resolved = file.Length == 0 ? path : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, Uri.UnescapeDataString(file)));
            if (!resolved.StartsWith(RepoPaths.Root, StringComparison.Ordinal) || !(File.Exists(resolved) || Directory.Exists(resolved)))
            {
                broken.Add($"{target}: no such file in the repository");
            }
            else if (anchor is not null && resolved.EndsWith(".md", StringComparison.Ordinal) && !Anchors(File.ReadAllText(resolved)).Contains(anchor))
            {
                broken.Add($"{target}: no heading with that anchor");
            }
        }

        Assert.Empty(broken);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_NeverPointsOutsideTheRepository(string page)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, page));

        var found = Outside.Where(o => text.Contains(o, StringComparison.Ordinal)).ToList();

        Assert.Empty(found);
    }

    [Fact]
    public void Anchors_FollowTheHeadingsAsGitHubNamesThem()
    {
        var anchors = Anchors("## The funnel: `playbook stats`\n## Taking over a playbook for some events: instead_of\n## Runs\n## Runs\n");

        Assert.Equal(["the-funnel-playbook-stats", "taking-over-a-playbook-for-some-events-instead_of", "runs", "runs-1"], anchors);
    }

    /// <summary>The anchors of the headings of a Markdown page, as GitHub makes them (a repeated one gets -1, -2, ...).</summary>
    private static List<string> Anchors(string markdown)
    {
        var anchors = new List<string>();
        foreach (var line in WithoutCode(markdown).Split('\n'))
        {
            var heading = Heading().Match(line);
            if (!heading.Success)
            {
                continue;
            }

            var slug = new StringBuilder();
            foreach (var c in heading.Groups["text"].Value.Trim().ToLowerInvariant())
            {
                if (char.IsLetterOrDigit(c) || c is '-' or '_')
                {
                    slug.Append(c);
                }
                else if (c == ' ')
                {
                    slug.Append('-');
                }
            }

            var anchor = slug.ToString();
            var repeats = anchors.Count(a => a == anchor || a.StartsWith(anchor + "-", StringComparison.Ordinal) && int.TryParse(a[(anchor.Length + 1)..], out _));
            anchors.Add(repeats == 0 ? anchor : $"{anchor}-{repeats}");
        }

        return anchors;
    }

    // Fenced code is not Markdown: a '#' there is a comment, and '](' no link.
    private static string WithoutCode(string markdown) => Fence().Replace(markdown.ReplaceLineEndings("\n"), "");

    [GeneratedRegex(@"\[[^\]]*\]\((?<target>[^)\s]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"^#{1,6}\s+(?<text>.+)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(```|~~~).*?^\1[^\n]*$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Fence();
}
