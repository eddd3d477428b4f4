namespace Playbook.Engine.Analysis.Replies.Patterns;

/// <summary>The reading of a character class (<c>[abc]</c>, <c>[a-c]</c>, <c>[^…]</c>) for the characters it stands for.</summary>
internal sealed partial class RequiredLiterals
{
    /// <summary>A character class: a set of one-character strings when it names a few characters plainly; else unknown.</summary>
    private PatternPiece Class()
    {
        var negated = Peek() == '^';
        if (negated)
        {
            _at++;
        }

        var chars = new HashSet<char>();
        var plain = !negated;
        var first = true;
        while (true)
        {
            if (_at >= _pattern.Length)
            {
                throw new Unsupported();
            }

            var c = _pattern[_at++];
            if (c == ']' && !first)
            {
                break;
            }

            first = false;
            if (c == '[')
            {
                // A subtraction ([a-z-[aeiou]]) or a POSIX-looking name: not read.
                throw new Unsupported();
            }

            char low;
            if (c == '\\')
            {
                if (_at >= _pattern.Length)
                {
                    throw new Unsupported();
                }

                var e = _pattern[_at++];
                if (e is 'd' or 'D' or 'w' or 'W' or 's' or 'S')
                {
                    plain = false;
                    continue;
                }

                if (e is 'p' or 'P')
                {
                    SkipName('{', '}');
                    plain = false;
                    continue;
                }

                low = e == 'b' ? '\b' : EscapedCharacter(e);
            }
            else
            {
                low = c;
            }

            if (Peek() == '-' && _at + 1 < _pattern.Length && _pattern[_at + 1] != ']')
            {
                _at++;
                var h = _pattern[_at++];
                if (h == '[')
                {
                    throw new Unsupported();
                }

                var high = h == '\\' ? (_at < _pattern.Length ? EscapedRangeEnd(_pattern[_at++]) : throw new Unsupported()) : h;
                if (high < low)
                {
                    throw new Unsupported();
                }

                if (high - low >= MostClassCharacters)
                {
                    plain = false;
                    continue;
                }

                for (var x = low; x <= high; x++)
                {
                    chars.Add(x);
                }
            }
            else
            {
                chars.Add(low);
            }
        }

        return plain && chars.Count is > 0 and <= MostClassCharacters
            ? PatternPiece.OneOf(chars.Select(ch => ch.ToString()))
            : PatternPiece.Unknown;
    }

    private char EscapedRangeEnd(char e) =>
        e is 'd' or 'D' or 'w' or 'W' or 's' or 'S' or 'p' or 'P' ? throw new Unsupported() : e == 'b' ? '\b' : EscapedCharacter(e);
}
