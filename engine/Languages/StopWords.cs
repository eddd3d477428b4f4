namespace Playbook.Engine.Languages;

/// <summary>
/// The common short words of each language the detector knows, folded (accents off, lower case), plus the
/// greetings and thanks that open networking messages. A word may belong to several languages (<c>de</c>,
/// <c>la</c>, <c>no</c>); it then counts for each, and the words only one language has decide.
/// Words that are common in another language with a different role are left out where they would mislead:
/// <c>i</c> (English "I", Italian "the") counts as English only, and single letters after an apostrophe
/// (<c>l'</c>, <c>d'</c>, <c>c'</c>, <c>j'</c>, <c>qu'</c>) count for French and Italian.
/// </summary>
internal static class StopWords
{
    private static readonly Dictionary<string, string> Lists = new(StringComparer.Ordinal)
    {
        ["es"] = "el la los las un una unos unas de del al y o que en con por para es son esta estas este esto estoy estamos " +
            "eso ese como pero mas muy mi mis tu tus su sus me te se nos lo le les yo usted ustedes nosotros ha hay si no ya " +
            "cuando donde porque tambien sobre entre desde hasta todo todos puedo podemos podriamos seria gustaria quiero " +
            "tengo tienes tiene contigo conmigo hola gracias buenos buenas saludos encantado encantada abrazo",
        ["en"] = "the and of to in is are was were be been for on with at by from this that these those it its you your we " +
            "our i my me he she they them their have has had will would could should can do does not but or if so as an about " +
            "what which who how when there here all any just also hi hello thanks thank dear regards best looking forward",
        ["pt"] = "o os as um uma uns umas de do da dos das em no na nos nas e que com por para pelo pela eu voce voces ele " +
            "ela meu minha seu sua nao sim muito mais mas tudo bem estou esta sou foi ser ter tenho seria gostaria prazer " +
            "ola obrigado obrigada abraco abracos tambem",
        ["fr"] = "le la les un une des du de et ou que qui est sont suis etes avec pour par dans sur pas ne je tu il elle " +
            "nous vous ils mon ma mes votre vos ton notre ce cette ces mais tres au aux plus aussi comme tout bien oui non " +
            "serait bonjour merci salut cordialement c j l d qu",
        ["de"] = "der die das den dem des ein eine einen einem einer und oder aber ist sind war bin bist ich du sie wir ihr es " +
            "mit von zu auf fur nicht auch wie was dass sich mein meine dein ihre ihnen sehr uber bei nach aus wenn noch " +
            "schon kann konnen mochte wurde hat habe hallo danke gerne grusse viele liebe lieber guten tag freue",
        ["it"] = "il lo la gli le un uno una di del della dei delle e ed che con per non sono sei siamo mi ti ci si io tu lui " +
            "lei noi voi loro mio mia tuo tua suo sua nostro ma anche come piu molto questo questa nel nella alla al dal sul " +
            "essere avere ho hai ha abbiamo sarebbe piacere ciao grazie salve buongiorno cordiali saluti l d",
    };

    /// <summary>Each folded word to the languages that have it.</summary>
    public static IReadOnlyDictionary<string, string[]> Languages { get; } = Lists
        .SelectMany(l => l.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().Select(w => (Word: w, Code: l.Key)))
        .GroupBy(p => p.Word, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Select(p => p.Code).ToArray(), StringComparer.Ordinal);

    /// <summary>The codes the detector knows, in the order ties are listed.</summary>
    public static IReadOnlyList<string> Codes { get; } = [.. Lists.Keys];
}
