using System.Diagnostics;
using System.Globalization;
using Dapper;
using Playbook.Engine.Analysis.Replies;
using Playbook.Engine.Import.Csv;
using Playbook.Engine.Import.LinkedIn;
using Playbook.Engine.Store;

namespace Playbook.Benchmarks;

/// <summary>
/// Where the time of a first LinkedIn import goes, in process and without touching the engine: the CSV parsing and
/// the reply classification alone, then the import file by file into an empty store as it is, and again with one
/// suspect taken away at a time (the full-text index, the events' secondary indexes, the contacts' secondary indexes
/// that the import does not read); each difference is what that suspect costs. Each file's figure is its wall time, the
/// process's processor time and the writing thread's (the store's work alone), the variants' rounds taken in turn.
/// Prints figures; asserts nothing.
/// </summary>
internal static class ImportPhases
{
    private static readonly string[] Files = ["Connections.csv", "Invitations.csv", "messages.csv"];

    public static void Run(string work)
    {
        var export = SyntheticExport.Generate(30_000, 5_000, 200_000);
        var folder = Path.Combine(work, "phases-export");
        export.WriteTo(folder);
        Console.WriteLine($"Import phases: {export.Rows:N0} rows, file by file into an empty store, in process (best of 2; {Environment.ProcessorCount} cores, load {(File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown")})");

        // JIT and the file cache, not measured.
        Import(work, folder, "warm", null);

        ReadAheadParts(export, folder);

        (string Name, string? Sql)[] variants =
        [
            ("as it is", null),
            ("without the full-text index", """
                DROP TABLE contact_search;
                CREATE TABLE contact_search (name, company, position, headline, location, emails, notes);
                """),
            ("without the events' secondary indexes", "DROP INDEX events_contact_at; DROP INDEX events_kind_at;"),
            ("without the contacts' unread secondary indexes", "DROP INDEX contacts_stage; DROP INDEX contacts_full_name;"),
        ];
        // The rounds of the variants are taken in turn, so that a busy spell on a shared machine weighs on all of them.
        var rounds = new Dictionary<string, List<Times[]>>();
        for (var round = 1; round <= 2; round++)
        {
            foreach (var (name, sql) in variants)
            {
                rounds.TryAdd(name, []);
                rounds[name].Add(Import(work, folder, $"{name}-{round}", sql));
            }
        }

        Console.WriteLine("  each file: wall time / the process's processor time / the writing thread's processor time (the store's work; parsing and");
        Console.WriteLine("  the reply classification run a batch ahead on another thread), best of the rounds");
        Times[]? whole = null;
        foreach (var (name, sql) in variants)
        {
            var best = Enumerable.Range(0, Files.Length + 1).Select(i => Times.Best(rounds[name].Select(r => r[i]))).ToArray();
            whole ??= best;
            Console.WriteLine($"  {name,-48} {string.Join("  ", Files.Select((f, i) => $"{f} {best[i]}"))}  total {best[^1]}"
                + (sql is null ? "" : $"  (saves {Ms(whole[^1].Wall - best[^1].Wall)} wall, {Ms(whole[^1].Cpu - best[^1].Cpu)} processor, {Ms(whole[^1].Writer - best[^1].Writer)} writing)"));
        }
    }

    /// <summary>
    /// The read-ahead thread's work alone, <c>read-ahead</c> (after one round for the JIT and the compiled patterns):
    /// the CSV parsing, the reply classification, and all of messages.csv's read-ahead (parsing, dates, source keys and
    /// classification), best of three.
    /// </summary>
    public static void ReadAhead(string work)
    {
        var export = SyntheticExport.Generate(30_000, 5_000, 200_000);
        var folder = Path.Combine(work, "phases-export");
        export.WriteTo(folder);
        Console.WriteLine($"The import's read-ahead: {export.Rows:N0} rows, in process (best of 3; {Environment.ProcessorCount} cores, load {(File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown")})");
        ReadAheadParts(export, folder, everyPattern: Environment.GetEnvironmentVariable("PLAYBOOK_BENCH_UNGATED") == "1");
        if (Environment.GetEnvironmentVariable("PLAYBOOK_BENCH_GATES") == "1")
        {
            Gates(export);
        }
    }

    /// <summary>Each built-in pattern the synthetic export's received messages get past the words of, and how many do.</summary>
    private static void Gates(SyntheticExport export)
    {
        var texts = export.Messages.Where(m => !m.FromOwner).Select(m => FoldedText.Of(m.Content, ReplyClassifier.MaxCharacters).Text).ToList();
        var patterns = ReplyRules.BuiltIn.Rules.SelectMany(r => r.Patterns).Select(p => new Engine.Analysis.Replies.Patterns.GatedPattern(p))
            .Concat(Engine.Analysis.Replies.Dates.DateReader.Forms).ToList();
        Console.WriteLine($"  of {patterns.Count} patterns ({patterns.Count(p => p.IsGated)} with words to look for first), those the received messages get past the words of:");
        foreach (var pattern in patterns)
        {
            var passed = texts.Count(pattern.MayMatch);
            if (passed > 0)
            {
                var chain = Engine.Analysis.Replies.Patterns.RequiredLiterals.ChainOf(pattern.Regex);
                Console.WriteLine($"  {passed,8:N0}  {Clip(pattern.Regex.ToString(), 70)}  [{Clip(string.Join(" then ", chain?.Select(set => string.Join("|", set.Take(4)) + (set.Count > 4 ? "|…" : "")) ?? ["none"]), 60)}]");
            }
        }
    }

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    private static void ReadAheadParts(SyntheticExport export, string folder, bool everyPattern = true)
    {
        var parse = Best(() =>
        {
            foreach (var file in Files)
            {
                using var stream = File.OpenRead(Path.Combine(folder, file));
                foreach (var _ in CsvFile.Read(stream))
                {
                }
            }
        });
        Console.WriteLine($"  CSV parsing alone (every record into strings): {parse}");

        var received = export.Messages.Where(m => !m.FromOwner).ToList();
        var classifying = Best(() =>
        {
            foreach (var message in received)
            {
                ReplyClassifier.BuiltIn.Classify(message.Content, message.At);
            }
        });
        Console.WriteLine($"  reply classification alone: {received.Count:N0} received messages with their times in {classifying}");
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        ReplyClassifier.BuiltIn.Classify(received[0].Content, received[0].At);
        allocated = GC.GetAllocatedBytesForCurrentThread();
        foreach (var message in received)
        {
            ReplyClassifier.BuiltIn.Classify(message.Content, message.At);
        }

        Console.WriteLine($"    allocating {(GC.GetAllocatedBytesForCurrentThread() - allocated) / received.Count:N0} bytes a message");
        var folding = Best(() =>
        {
            foreach (var message in received)
            {
                FoldedText.Of(message.Content, ReplyClassifier.MaxCharacters);
            }
        });
        allocated = GC.GetAllocatedBytesForCurrentThread();
        foreach (var message in received)
        {
            FoldedText.Of(message.Content, ReplyClassifier.MaxCharacters);
        }

        Console.WriteLine($"    of it folding the text (lower case, no accents): {folding}, allocating {(GC.GetAllocatedBytesForCurrentThread() - allocated) / received.Count:N0} bytes a message");
        if (everyPattern)
        {
            var ungatedClassifier = new ReplyClassifier(ReplyRules.BuiltIn, gated: false);
            var ungated = Best(() =>
            {
                foreach (var message in received)
                {
                    ungatedClassifier.Classify(message.Content, message.At);
                }
            }, rounds: 1);
            Console.WriteLine($"  the same, every rule's pattern run without first looking for its words: {ungated}");
        }

        var owner = new ExportOwner(SyntheticExport.OwnerName, SyntheticExport.OwnerUrl);
        var parsed = 0;
        var messages = Best(() =>
        {
            using var stream = File.OpenRead(Path.Combine(folder, "messages.csv"));
            using var records = CsvFile.Read(stream).GetEnumerator();
            var header = HeaderFinder.Find(records, "CONVERSATION ID")!;
            parsed = MessagesFile.Parse(records, header, owner, ReplyClassifier.BuiltIn).Count();
        });
        Console.WriteLine($"  messages.csv's whole read-ahead ({parsed:N0} rows parsed, dated, keyed and classified): {messages}");
    }

    /// <summary>Imports each file in turn into a new store changed by <paramref name="sql"/>; the times of each and the total.</summary>
    private static Times[] Import(string work, string folder, string name, string? sql)
    {
        var path = Path.Combine(work, $"phases-{name.Replace(' ', '-').Replace('\'', '-')}.db");
        using var store = ContactStore.Open(path, TimeProvider.System);
        if (sql is not null)
        {
            store.Connection.Execute(sql);
        }

        var times = new List<Times>();
        foreach (var file in Files)
        {
            var single = Path.Combine(folder, "..", "phases-single-" + file);
            if (!Directory.Exists(single))
            {
                Directory.CreateDirectory(single);
                File.Copy(Path.Combine(folder, "Profile.csv"), Path.Combine(single, "Profile.csv"));
                File.Copy(Path.Combine(folder, file), Path.Combine(single, file));
            }

            var stopwatch = Stopwatch.StartNew();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var writer = ThreadCpu();
            new LinkedInImporter(store).Import(single);
            times.Add(new Times(stopwatch.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu, ThreadCpu() - writer));
        }

        times.Add(new Times(
            times.Aggregate(TimeSpan.Zero, (a, t) => a + t.Wall), times.Aggregate(TimeSpan.Zero, (a, t) => a + t.Cpu), times.Aggregate(TimeSpan.Zero, (a, t) => a + t.Writer)));
        return [.. times];
    }

    /// <summary>The calling thread's processor time (user and system), from Linux's /proc; zero where there is none.</summary>
    private static TimeSpan ThreadCpu()
    {
        const string Stat = "/proc/thread-self/stat";
        if (!File.Exists(Stat))
        {
            return TimeSpan.Zero;
        }

        // Fields after the command's name, which is in parentheses and may hold spaces: utime and stime are the 12th and 13th, in 1/100 s.
        var text = File.ReadAllText(Stat);
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromMilliseconds(ticks * 10);
    }

    /// <summary>A file's import: wall time, the process's processor time, and the writing thread's.</summary>
    private readonly record struct Times(TimeSpan Wall, TimeSpan Cpu, TimeSpan Writer)
    {
        public static Times Best(IEnumerable<Times> rounds)
        {
            var all = rounds.ToList();
            return new Times(all.Min(t => t.Wall), all.Min(t => t.Cpu), all.Min(t => t.Writer));
        }

        public override string ToString() => $"{Ms(Wall).Trim()} / {Ms(Cpu).Trim()} / {Ms(Writer).Trim()}";
    }

    /// <summary>The best of <paramref name="rounds"/> runs of <paramref name="action"/>: wall time and this thread's processor time.</summary>
    private static Spent Best(Action action, int rounds = 3)
    {
        var all = Enumerable.Range(0, rounds).Select(_ =>
        {
            var stopwatch = Stopwatch.StartNew();
            var cpu = ThreadCpu();
            action();
            return new Spent(stopwatch.Elapsed, ThreadCpu() - cpu);
        }).ToList();
        return new Spent(all.Min(s => s.Wall), all.Min(s => s.Cpu));
    }

    /// <summary>A part's wall time and processor time, printed as "wall (processor)".</summary>
    private readonly record struct Spent(TimeSpan Wall, TimeSpan Cpu)
    {
        public override string ToString() => $"{Ms(Wall)} ({Ms(Cpu).Trim()} processor)";
    }

    private static string Ms(TimeSpan time) => $"{time.TotalMilliseconds,6:N0} ms";
}
