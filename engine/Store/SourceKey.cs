using System.Buffers;
using System.IO.Hashing;
using System.Text;

namespace Playbook.Engine.Store;

/// <summary>The 64-bit hash under which an event's source key is unique in the store.</summary>
internal static class SourceKey
{
    /// <summary>The hash of a key written as UTF-8: the same as <see cref="Hash(string)"/> of its text.</summary>
    public static long Hash(ReadOnlySpan<byte> utf8) => unchecked((long)XxHash3.HashToUInt64(utf8));

    /// <summary>The hash of the key's UTF-8 bytes (XxHash3); a key is turned into bytes on the stack when short.</summary>
    public static long Hash(string sourceKey)
    {
        var length = Encoding.UTF8.GetMaxByteCount(sourceKey.Length);
        byte[]? rented = null;
        Span<byte> buffer = length <= 512 ? stackalloc byte[length] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            return Hash(buffer[..Encoding.UTF8.GetBytes(sourceKey, buffer)]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }
}
