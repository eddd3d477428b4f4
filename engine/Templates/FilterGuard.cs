using Fluid;
using Fluid.Values;

namespace Playbook.Engine.Templates;

/// <summary>
/// Wraps every filter of a set of options so that no filter takes or makes a text longer than
/// <see cref="TemplateLimits.MaxText"/> characters or a list longer than <see cref="TemplateLimits.MaxItems"/>, and
/// what each makes counts as the render's work. The filters whose result can be far longer than what they are given
/// (<c>replace</c>, <c>join</c>, the formats) are measured before they run, so that a huge text is never made at all.
/// </summary>
internal static class FilterGuard
{
    /// <summary>Wraps each filter of <paramref name="options"/>.</summary>
    public static void Wrap(TemplateOptions options)
    {
        foreach (var (name, filter) in options.Filters.ToList())
        {
            options.Filters.AddFilter(name, (input, arguments, context) => Run(name, filter, input, arguments, context));
        }
    }

    private static ValueTask<FluidValue> Run(string name, FilterDelegate filter, FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var expected = Expected(name, input, arguments);
        if (expected > TemplateLimits.MaxText)
        {
            throw new TemplateLimitException(
                $"the filter '{name}' would make a text of about {TemplateLimits.Show(expected)} characters; a text may have at most {TemplateLimits.Show(TemplateLimits.MaxText)}");
        }

        var result = filter(input, arguments, context);
        if (!result.IsCompletedSuccessfully)
        {
            return Awaited(name, result, context);
        }

        Measure(name, result.Result, context);
        return result;
    }

    private static async ValueTask<FluidValue> Awaited(string name, ValueTask<FluidValue> pending, TemplateContext context)
    {
        var value = await pending;
        Measure(name, value, context);
        return value;
    }

    private static void Measure(string name, FluidValue value, TemplateContext context)
    {
        if (value is ArrayValue array && array.Values.Count > TemplateLimits.MaxItems)
        {
            throw new TemplateLimitException(
                $"the filter '{name}' made a list of {TemplateLimits.Show(array.Values.Count)} items; a list may have at most {TemplateLimits.Show(TemplateLimits.MaxItems)}");
        }

        var size = Size(value, 0);
        if (size > TemplateLimits.MaxText)
        {
            throw new TemplateLimitException(
                $"the filter '{name}' made a text of {TemplateLimits.Show(size)} characters; a text may have at most {TemplateLimits.Show(TemplateLimits.MaxText)}");
        }

        (context as BoundedContext)?.Charge(size);
    }

    /// <summary>About how many characters the filter can make from what it is given: at least what it is given.</summary>
    private static long Expected(string name, FluidValue input, FilterArguments arguments)
    {
        var given = Size(input, 0);
        for (var i = 0; i < arguments.Count; i++)
        {
            given += Size(arguments.At(i), 0);
        }

        switch (name)
        {
            case "replace" when arguments.Count >= 2:
                var text = input.ToStringValue();
                var pattern = arguments.At(0).ToStringValue();
                var replacement = arguments.At(1).ToStringValue();
                return pattern.Length == 0 ? given : text.Length + (Occurrences(text, pattern) * Math.Max(0L, replacement.Length - pattern.Length));
            case "join":
                var count = input is ArrayValue items ? items.Values.Count : 1;
                var separator = arguments.Count > 0 ? arguments.At(0).ToStringValue().Length : 1;
                return given + ((long)count * separator);
            case "format_string":
                return Math.Max(given, Size(input, 0) * (1 + given - Size(input, 0))) + LargestNumber(input.ToStringValue());
            case "format_number" or "format_date" or "date":
                return given + (arguments.Count > 0 ? LargestNumber(arguments.At(0).ToStringValue()) : 0);
            default:
                return given;
        }
    }

    /// <summary>The characters a value holds: a text's length, a list's texts together; nothing for numbers and objects.</summary>
    private static long Size(FluidValue value, int depth) => value switch
    {
        StringValue text => text.ToStringValue().Length,
        ArrayValue list when depth < 3 => list.Values.Sum(v => Size(v, depth + 1)),
        _ => 0,
    };

    private static long Occurrences(string text, string pattern)
    {
        long count = 0;
        for (var at = text.IndexOf(pattern, StringComparison.Ordinal); at >= 0; at = text.IndexOf(pattern, at + pattern.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>The largest number written in a format (a width or a precision, as in <c>{0,1000000}</c> or <c>N999999</c>).</summary>
    private static long LargestNumber(string format)
    {
        long largest = 0, current = 0;
        foreach (var c in format)
        {
            current = char.IsAsciiDigit(c) ? Math.Min(long.MaxValue / 20, (current * 10) + (c - '0')) : 0;
            largest = Math.Max(largest, current);
        }

        return largest;
    }
}
