using System.Text.Json.Serialization;

namespace Playbook.Engine.Import.Facebook;

/// <summary>A person in a conversation, known by name only.</summary>
internal sealed record FacebookParticipant([property: JsonPropertyName("name")] string? Name);
