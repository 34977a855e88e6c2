using System.Diagnostics;
using System.Net;
using ErmPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace ErmPortal.Tests.Web;

/// <summary>
/// The target: 10,000 rows import in under a minute, preview and confirmation together, over HTTP on SQLite.
/// Its own class, so its own database: 10,000 more people would change what other tests see. The figures are printed
/// (dotnet test --logger "console;verbosity=detailed") and recorded in docs/benchmarks.md.
/// </summary>
public class EmployeeImportSpeedTests(PortalFactory portal, ITestOutputHelper output) : IClassFixture<PortalFactory>
{
    private const int Rows = 10_000;

    [Fact]
    public async Task Should_import_ten_thousand_rows_in_under_a_minute_when_the_file_is_valid()
    {
        var file = EmployeeCsvFiles.Valid(Rows, "speed");
        var client = await portal.SignedInClientAsync(DemoPeople.Hr);

        var watch = Stopwatch.StartNew();
        var preview = await client.PostFileAsync("/employees/import", "/employees/import", "File", "speed.csv", "text/csv", file);
        var page = await preview.Content.ReadAsStringAsync();
        var previewTime = watch.Elapsed;
        var ticket = EmployeeCsvFiles.TicketIn(page);
        Assert.True(ticket is not null, "The preview offers no import");

        watch.Restart();
        var confirm = await client.PostFormAsync("/employees/import", "/employees/import/confirm", new() { ["Ticket"] = ticket });
        var importTime = watch.Elapsed;

        output.WriteLine($"{Rows:N0} rows, {file.Length / 1024.0 / 1024.0:F1} MB: preview {previewTime.TotalSeconds:F1} s, import {importTime.TotalSeconds:F1} s, " +
                         $"together {(previewTime + importTime).TotalSeconds:F1} s");
        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        Assert.Equal(Rows, await portal.QueryDbAsync(db => db.Employees.CountAsync(e => e.WorkEmail.StartsWith("speed.") && e.UserId != null)));
        Assert.Equal(Rows, await portal.QueryDbAsync(db => db.OutboxEmails.CountAsync(m => m.To.StartsWith("speed."))));
        Assert.True(previewTime + importTime < TimeSpan.FromMinutes(1), $"Preview {previewTime}, import {importTime}");
    }
}
