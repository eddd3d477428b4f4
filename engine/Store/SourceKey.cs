using System.IO.Hashing;
using System.Text;

namespace Playbook.Engine.Store;

/// <summary>The 64-bit hash under which an event's source key is unique in the store.</summary>
internal static class SourceKey
{
    public static long Hash(string sourceKey) =>
        unchecked((long)XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(sourceKey)));
}
