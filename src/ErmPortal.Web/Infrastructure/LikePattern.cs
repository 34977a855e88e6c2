namespace ErmPortal.Web.Infrastructure;

/// <summary>
/// Words typed into a search, as a LIKE pattern that finds them anywhere in a column: a typed %, _ or \ is looked for as
/// itself, not as a wildcard. Give <see cref="Escape"/> to EF.Functions.Like with the pattern.
/// </summary>
public static class LikePattern
{
    public const string Escape = "\\";

    public static string Containing(string text) => "%" + text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
}
