// Helpers for industry-scoring.csx, loaded with #load: not a playbook of its own.

static readonly (string Industry, string[] Words)[] Industries =
[
    ("retail", ["tienda", "shop", "store", "retail", "moda", "fashion", "vinoteca", "marketplace"]),
    ("agency", ["agency", "agencia", "studio", "digital", "marketing", "seo"]),
    ("software", ["software", "saas", "developer", "engineer", "desarrollador", "desarrolladora"]),
];

string IndustryOf(Contact contact)
{
    var text = $"{contact.Company} {contact.Position} {contact.Headline}".ToLowerInvariant();
    return Industries.FirstOrDefault(i => i.Words.Any(text.Contains)).Industry ?? "other";
}

double WeightOf(string industry, string goal) => (industry, goal) switch
{
    ("retail", "find e-commerce clients") => 1.0,
    ("agency", "partner with agencies") => 1.0,
    (_, "find e-commerce clients") => 0.5,
    _ => 0.25,
};
