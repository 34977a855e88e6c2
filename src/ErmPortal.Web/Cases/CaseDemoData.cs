using ErmPortal.Data;
using ErmPortal.Data.Cases;
using ErmPortal.Data.Organisation;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Modules;
using ErmPortal.Web.Seeding;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Cases;

/// <summary>
/// Three open cases and a closed one, all owned by the demo HR person: a grievance raised by one of the demo manager's
/// reports (so the manager sees the neutral warning on their profile), an accommodation and an improvement plan for
/// people without reports in other departments, and an investigation closed with its outcome. Nobody with a demo
/// sign-in is the subject of one.
/// </summary>
public class CaseDemoData(ErmDbContext db, IClock clock) : IDemoDataSeeder
{
    /// <summary>After the organisation; nothing else reads cases.</summary>
    public int Order => 700;

    private static readonly string[] DemoSignIns = OrganisationSeeder.DemoAccounts.Select(a => a.Email).ToArray();

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var hr = await PersonAsync("hr@" + OrganisationSeeder.DemoDomain, ct);
        var manager = await PersonAsync("manager@" + OrganisationSeeder.DemoDomain, ct);
        if (hr is null || manager is null) return;
        var people = db.Employees.Where(e => e.Status == EmployeeStatus.Active && !DemoSignIns.Contains(e.WorkEmail));
        // Someone on the manager's own team who manages nobody, so the warning is the manager's and not a team lead's.
        var teamMember = await people.Where(e => e.ManagerId == manager.Id).OrderBy(e => e.DirectReports.Any()).ThenBy(e => e.Id)
            .Select(e => (int?)e.Id).FirstOrDefaultAsync(ct);
        var elsewhere = await people.Where(e => e.DepartmentId != manager.DepartmentId && !e.DirectReports.Any()).OrderBy(e => e.Id).Select(e => e.Id).Take(60).ToListAsync(ct);
        if (teamMember is null || elsewhere.Count < 3) return;

        var today = clock.Today;
        var author = hr.Name;
        HrCase Open(int employeeId, CaseKind kind, int daysAgo, string summary) => new()
        {
            EmployeeId = employeeId, Kind = kind, OpenedOn = today.AddDays(-daysAgo), OwnerId = hr.Id, Summary = summary,
            CreatedAtUtc = today.AddDays(-daysAgo).ToDateTime(new TimeOnly(9, 30), DateTimeKind.Utc),
        };
        DateTime At(int daysAgo, int hour) => today.AddDays(-daysAgo).ToDateTime(new TimeOnly(hour, 0), DateTimeKind.Utc);

        var grievance = Open(teamMember.Value, CaseKind.Grievance, 18,
            "Raised a grievance about how weekend cover is shared out in the team, and about remarks made in a team meeting. Asks for the rota to be reviewed and for the remarks to be addressed.");
        grievance.AddNote("First meeting held. They brought notes of the two meetings in question; copies are in the case folder.", author, At(17, 10));
        grievance.AddNote("Spoke with two colleagues who were at the meetings. Next: meet the manager, without saying who raised it.", author, At(9, 15));

        var accommodation = Open(elsewhere[0], CaseKind.HealthAndAccommodation, 40,
            "Back from surgery next month. Asks for a phased return (mornings only for four weeks) and a standing desk.");
        accommodation.AddNote("Occupational health report received: a phased return is recommended. Standing desk ordered.", author, At(33, 11));

        var improvement = Open(elsewhere[elsewhere.Count / 2], CaseKind.PerformanceImprovement, 60,
            "Improvement plan agreed after two missed release deadlines: weekly check-ins with the manager for eight weeks, with the goals in the plan.");
        improvement.AddNote("Week four check-in: the first two goals are met; the testing goal is behind.", author, At(32, 14));
        improvement.AddNote("Week six: testing goal now on track. Plan stays as agreed.", author, At(18, 14));

        var investigation = Open(elsewhere[^1], CaseKind.Investigation, 120,
            "Finance flagged expense claims filed twice. HR to check the last twelve months of claims with Finance.");
        investigation.AddNote("Claims checked with Finance: two were filed twice by mistake; the person agreed to repay them.", author, At(90, 16));
        investigation.Close(today.AddDays(-75), "Two duplicate claims repaid. No sign of intent; no further action. The expense form now warns about repeated receipts.", today);

        db.AddRange(grievance, accommodation, improvement, investigation);
        await db.SaveChangesAsync(ct);
    }

    private record Person(int Id, int DepartmentId, string Name);

    private Task<Person?> PersonAsync(string email, CancellationToken ct) =>
        db.Employees.Where(e => e.WorkEmail == email)
            .Select(e => new Person(e.Id, e.DepartmentId, (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName)).FirstOrDefaultAsync(ct);
}
