using ErmPortal.Data;
using ErmPortal.Data.Organisation;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Organisation;

/// <summary>
/// Finds people by what someone typed, through the full-text indexes <c>EmployeeSearch</c> (one row per employee) and
/// <c>EmployeeSkillSearch</c> (one row per skill), kept in step by triggers (see EmployeeSearchIndex in the migrations).
/// Every word must match the start of a word in one of the chosen columns or skills, case and accents aside: "smi jo"
/// finds José Smith, "rossi sql" the Rossi who knows SQL. The indexes answer in time that grows with the matches, not
/// with the organisation.
/// </summary>
public static class EmployeeSearch
{
    /// <summary>What the directory searches (with skills): what any colleague may see.</summary>
    public const string DirectoryColumns = "Names Title Department Location";

    /// <summary>What HR's employee list searches.</summary>
    public const string ListColumns = "Names Email Title";

    // A handful of words finds anyone; more would only lengthen the query.
    private const int MaxWords = 5;

    /// <summary>The people among <paramref name="people"/> that <paramref name="search"/> finds; all of them when it is blank.</summary>
    public static IQueryable<Employee> Matching(this IQueryable<Employee> people, ErmDbContext db, string? search, string columns, bool orSkills = false)
    {
        if (string.IsNullOrWhiteSpace(search)) return people;
        var phrases = Phrases(search);
        if (phrases.Count == 0) return people.Where(_ => false);
        foreach (var phrase in phrases)
        {
            // Each FTS5 query travels as one parameter; the SQL around it is fixed.
            var inColumns = $"{{{columns}}} : {phrase}";
            var found = db.Database.SqlQuery<int>($"SELECT rowid AS Value FROM EmployeeSearch WHERE EmployeeSearch MATCH {inColumns}");
            if (orSkills)
            {
                var skilled = db.Database.SqlQuery<int>($"SELECT EmployeeId AS Value FROM EmployeeSkillSearch WHERE EmployeeSkillSearch MATCH {phrase}");
                people = people.Where(e => found.Contains(e.Id) || skilled.Contains(e.Id));
            }
            else
                people = people.Where(e => found.Contains(e.Id));
        }
        return people;
    }

    /// <summary>
    /// Each word typed as an FTS5 prefix phrase: quoted (a double quote doubled) and starred, so nothing typed is read as
    /// FTS5 syntax (OR, NOT, NEAR, "-", ":", "*", "^", parentheses, column names). A word without a letter or digit could
    /// match nothing and is left out. Arabic yeh and kaf are read as the Persian letters, as the index stores them.
    /// </summary>
    public static IReadOnlyList<string> Phrases(string search) =>
        search.Replace('ي', 'ی').Replace('ك', 'ک').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Any(char.IsLetterOrDigit))
            .Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxWords)
            .Select(w => "\"" + w.Replace("\"", "\"\"") + "\"*")
            .ToList();
}
