namespace Playbook.Engine.Languages;

/// <summary>The verdict on a text's language, with its counts for explanations.</summary>
/// <param name="Code">The language, or null when the text is too short or unclear.</param>
/// <param name="Words">How many words the text has.</param>
/// <param name="Best">The language with the most common words, or null when none had any.</param>
/// <param name="BestHits">Its count of common words.</param>
/// <param name="RunnerUp">The language with the next most, or null.</param>
/// <param name="RunnerUpHits">Its count.</param>
internal sealed record DetectedLanguage(string? Code, int Words, string? Best, int BestHits, string? RunnerUp, int RunnerUpHits)
{
    /// <summary>Whether the text had too few words to tell.</summary>
    public bool TooShort => Words < LanguageDetector.MinWords;

    /// <summary>The counts in words: <c>6 common Spanish words against 1 English</c>.</summary>
    public string Counts()
    {
        if (Best is null)
        {
            return "no common word of any language known here";
        }

        var text = $"{BestHits} common {LanguageCodes.NameOf(Best)} word{(BestHits == 1 ? "" : "s")}";
        return RunnerUp is null ? text : $"{text} against {RunnerUpHits} {LanguageCodes.NameOf(RunnerUp)}";
    }
}
