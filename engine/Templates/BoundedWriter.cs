using System.Text;

namespace Playbook.Engine.Templates;

/// <summary>
/// Where a render writes (the draft, a captured block, the body of an <c>ifchanged</c>): a text that refuses to grow
/// past <see cref="TemplateLimits.MaxText"/> characters, and charges what it is given to the render's work. Writes
/// complete at once, so Fluid never hands one to another thread.
/// </summary>
internal sealed class BoundedWriter(BoundedContext context, string what) : TextWriter
{
    private readonly StringBuilder _text = new();

    public override Encoding Encoding => Encoding.Unicode;

    public override void Write(char value) => Append(new ReadOnlySpan<char>(in value));

    public override void Write(string? value) => Append(value);

    public override void Write(char[] buffer, int index, int count) => Append(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer) => Append(buffer);

    public override Task WriteAsync(char value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(string? value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(char[] buffer, int index, int count)
    {
        Write(buffer, index, count);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return Task.CompletedTask;
    }

    public override Task FlushAsync() => Task.CompletedTask;

    public override string ToString() => _text.ToString();

    private void Append(ReadOnlySpan<char> value)
    {
        context.Charge(value.Length);
        if (_text.Length + value.Length > TemplateLimits.MaxText)
        {
            throw new TemplateLimitException($"{what} grew past {TemplateLimits.Show(TemplateLimits.MaxText)} characters");
        }

        _text.Append(value);
    }
}
