using System.Buffers;
using System.IO.Hashing;
using System.Text;

namespace Playbook.Engine.Store;

/// <summary>The 64-bit hash under which an event's source key is unique in the store.</summary>
internal static class SourceKey
{
    /// <summary>The hash of the key's UTF-8 bytes (XxHash3); a key is turned into bytes on the stack when short.</summary>
    public static long Hash(string sourceKey)
    {
        var length = Encoding.UTF8.GetMaxByteCount(sourceKey.Length);
        byte[]? rented = null;
        Span<byte> buffer = length <= 512 ? stackalloc byte[length] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            var written = Encoding.UTF8.GetBytes(sourceKey, buffer);
            return unchecked((long)XxHash3.HashToUInt64(buffer[..written]));
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
