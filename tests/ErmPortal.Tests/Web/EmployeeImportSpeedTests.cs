using System.Diagnostics;
using System.Net;
using ErmPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace ErmPortal.Tests.Web;

/// <summary>
/// A file of the size the issue names (10,000 rows, several levels of managers inside it) imports whole. This
/// proves the bulk path, not the speed: timings are printed (dotnet test --logger "console;verbosity=detailed")
/// for the benchmark in docs/benchmarks.md, which measures them on a Release build; no assertion depends on the
/// clock. Its own class, so its own database: 10,000 more people would change what other tests see.
/// </summary>
public class EmployeeImportSpeedTests(PortalFactory portal, ITestOutputHelper output) : IClassFixture<PortalFactory>
{
    private const int Rows = 10_000;

    [Fact]
    public async Task Should_import_every_row_with_account_and_invitation_when_a_valid_file_has_ten_thousand_rows()
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
    }
}
