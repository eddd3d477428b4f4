using Playbook.Engine.Contacts;
using Playbook.Engine.Problems;

namespace Playbook.Engine.Testing;

/// <summary>A test file as read: its me-profile, contacts and tests, and every problem found in it.</summary>
internal sealed record PlaybookTestFile(string File, MeProfile Me, IReadOnlyList<TestContact> Contacts, IReadOnlyList<PlaybookTestCase> Tests, IReadOnlyList<Problem> Problems);
