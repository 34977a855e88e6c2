using ErmPortal.Data;
using ErmPortal.Data.Organisation;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Organisation;

/// <summary>
/// Finds people by what someone typed, through the full-text index <c>EmployeeSearch</c> (see EmployeeSearchIndex in the
/// migrations: one row per employee, kept in step by triggers). Every word must match the start of a word in one of the
/// chosen columns, case and accents aside: "smi jo" finds José Smith. The index answers in time that grows with the
/// matches, not with the organisation.
/// </summary>
public static class EmployeeSearch
{
    /// <summary>What the directory searches: what any colleague may see.</summary>
    public const string DirectoryColumns = "Names Title Department Location Skills";

    /// <summary>What HR's employee list searches.</summary>
    public const string ListColumns = "Names Email Title";

    // A handful of words finds anyone; more would only lengthen the query.
    private const int MaxWords = 5;

    /// <summary>The people among <paramref name="people"/> that <paramref name="search"/> finds; all of them when it is blank.</summary>
    public static IQueryable<Employee> Matching(this IQueryable<Employee> people, ErmDbContext db, string? search, string columns)
    {
        if (string.IsNullOrWhiteSpace(search)) return people;
        if (MatchExpression(search, columns) is not { } match) return people.Where(_ => false);
        // The whole FTS5 query travels as one parameter; the SQL around it is fixed.
        var found = db.Database.SqlQuery<int>($"SELECT rowid AS Value FROM EmployeeSearch WHERE EmployeeSearch MATCH {match}");
        return people.Where(e => found.Contains(e.Id));
    }

    /// <summary>
    /// The FTS5 query for what was typed: each word becomes a quoted phrase (a double quote doubled) matched as a prefix,
    /// so nothing typed is read as FTS5 syntax (OR, NOT, NEAR, "-", ":", "*", "^", parentheses, column names). A word
    /// without a letter or digit could match nothing and is left out; null when no word is left.
    /// </summary>
    public static string? MatchExpression(string search, string columns)
    {
        var words = search.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Any(char.IsLetterOrDigit))
            .Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxWords)
            .Select(w => "\"" + w.Replace("\"", "\"\"") + "\"*")
            .ToList();
        return words.Count == 0 ? null : $"{{{columns}}} : ({string.Join(" ", words)})";
    }
}
