// Industry scoring: weighs my goals differently by the contact's industry, which YAML cannot say.
// A retailer who serves my e-commerce goal counts double; an agency counts for partnerships only.
#load "lib/industries.csx"

Declare("industry-scoring")
    .Describe("Score each inviter by industry and goal, tag the best 'priority' and remind to write to them first")
    .On(EventKinds.InvitationReceived).MaxAge(Days(14))
    .Analyse("analyse")
    .Step("score", s =>
    {
        var industry = IndustryOf(s.Contact);
        var score = s.Analysis.Goals.Sum(g => WeightOf(industry, g.Name));
        s.Set("industry", industry);
        s.Set("priority_score", Math.Round(score, 2));
        if (score >= 1.0)
        {
            s.Tag("priority");
            s.Remind($"Write to {s.Contact.FirstName} first: {industry}, {string.Join(" and ", s.Analysis.Goals.Select(g => g.Name))}", Hours(2));
        }
    });
