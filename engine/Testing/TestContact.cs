using Playbook.Engine.Contacts;
using Playbook.Engine.Import.Writing;
using Playbook.Engine.Problems;

namespace Playbook.Engine.Testing;

/// <summary>
/// A contact a test file defines under a name of its own (<c>maria</c>): the facts an import would bring, and the
/// profile (About, positions, schools, skills, languages) a read profile would, when it gives any.
/// </summary>
internal sealed record TestContact(string Key, SourceLocation At, ContactFacts Facts, Profile? Profile);
