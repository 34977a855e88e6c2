using ErmPortal.Data;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Reviews;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Modules;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Reviews.OneOnOnes;

/// <summary>
/// Fortnightly 1:1s over the last four months, and the next one in a few days, between the demo employee and their
/// manager and between the demo manager and their reports: agendas both added to, shared notes, action items (the
/// older ones done, the recent ones still open and carried to the next meeting, one of the demo employee's due this
/// week and one overdue) and private notes each side keeps.
/// </summary>
public class OneOnOneDemoData(ErmDbContext db, IClock clock) : IDemoDataSeeder
{
    public int Order => 610;

    private const int Meetings = 8;

    private static readonly string[] Topics =
        ["How the release went", "Workload for the next sprint", "Feedback from the customer call", "Training I would like to take",
         "Progress on my goals", "Holiday planning", "The new onboarding checklist", "What is blocking the reporting work"];
    private static readonly string[] Actions =
        ["Share the draft roadmap", "Book the SQL course", "Send the customer summary", "Write up the incident review",
         "Introduce me to the analytics team", "Update the goal check-ins", "Prepare the demo for the all-hands", "Review the onboarding checklist"];

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var now = clock.UtcNow;
        var today = DateOnly.FromDateTime(now);
        var employee = await db.Employees.Where(e => e.WorkEmail == "employee@" + Seeding.OrganisationSeeder.DemoDomain)
            .Select(e => new { e.Id, e.ManagerId }).FirstOrDefaultAsync(ct);
        var manager = await db.Employees.Where(e => e.WorkEmail == "manager@" + Seeding.OrganisationSeeder.DemoDomain).Select(e => (int?)e.Id).FirstOrDefaultAsync(ct);
        var pairs = new List<(int Manager, int Report)>();
        if (employee?.ManagerId is { } employeeManager) pairs.Add((employeeManager, employee.Id));
        if (manager is { } m)
            pairs.AddRange((await db.Employees.Where(e => e.ManagerId == m && e.Status != EmployeeStatus.Left).OrderBy(e => e.Id).Select(e => e.Id).Take(4).ToListAsync(ct))
                .Where(r => !pairs.Contains((m, r))).Select(r => (m, r)));

        foreach (var (pair, p) in pairs.Select((pair, p) => (pair, p)))
        {
            var isDemoEmployee = pair.Report == employee?.Id;
            for (var i = 0; i <= Meetings; i++)
            {
                // Oldest first; the last is still to come.
                var at = now.Date.AddDays(-14 * (Meetings - i) + 3 + p).AddHours(10 + p % 3);
                var held = i < Meetings;
                var meeting = new OneOnOne
                {
                    ManagerId = pair.Manager, EmployeeId = pair.Report, ScheduledAtUtc = at, CreatedAtUtc = at.AddDays(-7),
                    SharedNotes = held ? $"We went through {Topics[(i + p) % Topics.Length].ToLowerInvariant()} and agreed the next steps below." : null,
                    AgendaItems =
                    [
                        new OneOnOneAgendaItem { Text = Topics[(i + p) % Topics.Length], AddedById = pair.Report, AddedAtUtc = at.AddDays(-3) },
                        new OneOnOneAgendaItem { Text = Topics[(i + p + 3) % Topics.Length], AddedById = pair.Manager, AddedAtUtc = at.AddDays(-2) },
                    ],
                };
                if (held)
                {
                    var recent = i >= Meetings - 2;
                    meeting.ActionItems.Add(new OneOnOneActionItem
                    {
                        Text = Actions[(i + p) % Actions.Length], OwnerId = i % 2 == 0 ? pair.Report : pair.Manager,
                        DueOn = DateOnly.FromDateTime(at).AddDays(10), DoneAtUtc = recent ? null : at.AddDays(8),
                    });
                    if (isDemoEmployee && i == Meetings - 1)
                    {
                        meeting.ActionItems.Add(new OneOnOneActionItem { Text = "Update the goal check-ins", OwnerId = pair.Report, DueOn = today.AddDays(3) });
                        meeting.ActionItems.Add(new OneOnOneActionItem { Text = "Send the customer summary", OwnerId = pair.Report, DueOn = today.AddDays(-2) });
                    }
                }
                db.Add(meeting);
                await db.SaveChangesAsync(ct);
                if (held && i % 3 == 0)
                    db.Add(new OneOnOnePrivateNote { MeetingId = meeting.Id, AuthorId = pair.Manager, Text = "Seems stretched; check the workload again next time.", UpdatedAtUtc = at.AddHours(1) });
                if (held && i % 4 == 1)
                    db.Add(new OneOnOnePrivateNote { MeetingId = meeting.Id, AuthorId = pair.Report, Text = "Remember to ask about the conference budget.", UpdatedAtUtc = at.AddHours(2) });
            }
        }
        await db.SaveChangesAsync(ct);
    }
}
