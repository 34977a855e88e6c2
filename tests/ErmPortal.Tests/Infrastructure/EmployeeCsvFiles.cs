using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ErmPortal.Web.Organisation;

namespace ErmPortal.Tests.Infrastructure;

/// <summary>Employee CSV files as HR would upload them, for the demo organisation the tests are seeded with.</summary>
public static partial class EmployeeCsvFiles
{
    public static readonly string Header = string.Join(",", EmployeeCsv.Columns);

    /// <summary>A hire date a month ago, inside every rule whatever day the tests run.</summary>
    public static readonly string RecentHireDate = DateTime.UtcNow.AddDays(-30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // Department, a position of its job family and a location, all as the demo organisation names them.
    private static readonly (string Department, string Position)[] Jobs =
    [
        ("Engineering", "Software Engineer"), ("Platform", "Senior Software Engineer"), ("Sales", "Account Executive"),
        ("Marketing", "Marketing Specialist"), ("Finance", "Financial Analyst"), ("People & Culture", "HR Partner"),
        ("Operations", "Operations Specialist"),
    ];

    private static readonly string[] Locations = ["Milan HQ", "London", "Berlin", "Shanghai", "Remote"];
    private static readonly string[] FirstNames = ["Zoë", "José", "Łukasz", "Ana", "Wei", "Chiara", "Søren", "Amir"];

    /// <summary>One row in the columns' order; every value a test does not give is a valid one.</summary>
    public static string Row(string first, string last, string email, string? manager = DemoPeople.Manager, string department = "Engineering",
        string position = "Software Engineer", string location = "Milan HQ", string? hireDate = null, string type = "FullTime",
        string phone = "+39 02 1234 5678", string preferred = "") =>
        string.Join(",", first, last, preferred, email, phone, hireDate ?? RecentHireDate, type, "Active", Quote(department), position, location, manager ?? "");

    /// <summary>The lines as a UTF-8 file, with the byte order mark Excel writes for "CSV UTF-8".</summary>
    public static byte[] Utf8(params string[] lines) =>
        [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n")];

    /// <summary>
    /// A valid file of <paramref name="count"/> new people: a tree under the demo manager with eight reports each
    /// (10,000 people make five levels), spread over the demo departments and locations, with accented names.
    /// </summary>
    public static byte[] Valid(int count, string emailPrefix)
    {
        string Email(int i) => $"{emailPrefix}.{i}@erm.demo";
        var lines = new List<string>(count + 1) { Header };
        for (var i = 0; i < count; i++)
        {
            var (department, position) = Jobs[i % Jobs.Length];
            lines.Add(Row(FirstNames[i % FirstNames.Length], $"Import{i}", Email(i), i == 0 ? DemoPeople.Manager : Email((i - 1) / 8),
                department, position, Locations[i % Locations.Length], type: i % 10 == 0 ? "PartTime" : "FullTime"));
        }
        return Utf8([.. lines]);
    }

    /// <summary>The ticket of the confirm form on a preview page, or null when the page offers no import.</summary>
    public static string? TicketIn(string previewPage)
    {
        var match = TicketField().Match(previewPage);
        return match.Success ? System.Net.WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    /// <summary>The table row of the preview that shows file row <paramref name="number"/>.</summary>
    public static string PreviewRow(string previewPage, int number)
    {
        var match = Regex.Match(previewPage, $"<tr id=\"row-{number}\"[^>]*>(.*?)</tr>", RegexOptions.Singleline);
        Assert.True(match.Success, $"The preview has no row {number}");
        return match.Value;
    }

    private static string Quote(string value) => value.Contains(',') ? $"\"{value}\"" : value;

    [GeneratedRegex("name=\"Ticket\" value=\"([^\"]+)\"")]
    private static partial Regex TicketField();
}
