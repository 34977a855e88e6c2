using ErmPortal.Data;
using ErmPortal.Data.Learning;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Profiles;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Modules;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Learning.Development;

/// <summary>
/// Skills each demo position requires, drawn from what the catalog teaches and what people in it list, so most people
/// lack one or two; development plans for the demo employee (agreed by both, with comments) and a few colleagues (one
/// waiting for the demo manager's agreement); and a course the demo employee said is not for them.
/// </summary>
public class DevelopmentDemoData(ErmDbContext db, IClock clock) : IDemoDataSeeder
{
    /// <summary>After the catalog (500) and the records and places other parts of the module write.</summary>
    public int Order => 530;

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var now = clock.UtcNow;
        var today = DateOnly.FromDateTime(now);
        var taught = await db.Set<CourseSkill>().Select(s => s.Name).Distinct().ToListAsync(ct);
        var listed = (await db.EmployeeTags.Where(t => t.Kind == TagKind.Skill).Select(t => new { t.Employee.PositionId, t.Name }).ToListAsync(ct))
            .ToLookup(t => t.PositionId, t => t.Name);
        var random = new Random(530);
        foreach (var position in await db.Positions.Select(p => p.Id).ToListAsync(ct))
        {
            // The skills people in the position list most, and one or two the catalog teaches that few of them list: the gaps.
            var common = listed[position].GroupBy(n => n, StringComparer.OrdinalIgnoreCase).OrderByDescending(g => g.Count()).Take(2).Select(g => g.Key);
            var extra = listed[position].Intersect(taught, StringComparer.OrdinalIgnoreCase).Take(1)
                .Concat(taught.OrderBy(_ => random.Next()).Take(1));
            db.AddRange(common.Concat(extra).Distinct(StringComparer.OrdinalIgnoreCase).Take(4)
                .Select(name => new PositionSkill { PositionId = position, Name = name }));
        }

        var courses = await db.Set<Course>().Where(c => c.ArchivedAtUtc == null).Select(c => new { c.Id, c.Title }).ToDictionaryAsync(c => c.Title, c => c.Id, ct);
        int Course(string title) => courses[title];
        var employee = await db.Employees.Where(e => e.WorkEmail == "employee@" + Seeding.OrganisationSeeder.DemoDomain)
            .Select(e => new { e.Id, e.ManagerId }).FirstOrDefaultAsync(ct);
        var manager = await db.Employees.Where(e => e.WorkEmail == "manager@" + Seeding.OrganisationSeeder.DemoDomain).Select(e => e.Id).FirstOrDefaultAsync(ct);
        if (employee is null || employee.ManagerId is not { } employeeManager) { await db.SaveChangesAsync(ct); return; }

        var agreed = new DevelopmentPlan
        {
            EmployeeId = employee.Id, CreatedAtUtc = now.AddDays(-60), EmployeeAgreedAtUtc = now.AddDays(-50), ManagerAgreedAtUtc = now.AddDays(-49),
            ManagerAgreedById = employeeManager,
            Goals =
            [
                new DevelopmentGoal { Title = "Run the team's data reporting on my own", Skill = "SQL", TargetDate = today.AddMonths(4) },
                new DevelopmentGoal { Title = "Present a project update at the all-hands", Skill = "Public speaking", TargetDate = today.AddMonths(6) },
                new DevelopmentGoal { Title = "Write clearer status emails", Skill = "Copywriting", TargetDate = today.AddDays(-20), Status = GoalStatus.Achieved },
            ],
            Courses =
            [
                new PlannedCourse { CourseId = Course("SQL for everyone"), TargetDate = today.AddMonths(2) },
                new PlannedCourse { CourseId = Course("Public speaking with confidence"), TargetDate = today.AddMonths(5) },
            ],
            Comments =
            [
                new DevelopmentComment { AuthorId = employee.Id, Text = "I'd like to own the monthly figures by the summer.", WrittenAtUtc = now.AddDays(-58) },
                new DevelopmentComment { AuthorId = employeeManager, Text = "Good plan. Take the SQL course first; I'll pair you with the analytics team.", WrittenAtUtc = now.AddDays(-55) },
                new DevelopmentComment { AuthorId = employee.Id, Text = "Done with the email goal, thanks for the feedback.", WrittenAtUtc = now.AddDays(-19) },
            ],
        };
        db.Add(agreed);

        // Plans of the demo manager's other reports (in a large organisation the demo employee is one of them): the first
        // waits for the manager's agreement, so the home card has it.
        var reports = await db.Employees.Where(e => e.ManagerId == manager && e.Id != employee.Id && e.Status == EmployeeStatus.Active).OrderBy(e => e.Id).Select(e => e.Id).Take(3).ToListAsync(ct);
        var titles = courses.Keys.Order().ToList();
        foreach (var (report, index) in reports.Select((r, i) => (r, i)))
        {
            var waiting = index == 0;
            db.Add(new DevelopmentPlan
            {
                EmployeeId = report, CreatedAtUtc = now.AddDays(-10 - index * 30),
                EmployeeAgreedAtUtc = now.AddDays(-9 - index * 30),
                ManagerAgreedAtUtc = waiting ? null : now.AddDays(-8 - index * 30), ManagerAgreedById = waiting ? null : manager,
                Goals = [new DevelopmentGoal { Title = waiting ? "Lead the next planning round" : "Mentor a new colleague", Skill = waiting ? "Strategy" : "Coaching", TargetDate = today.AddMonths(3 + index) }],
                Courses = [new PlannedCourse { CourseId = Course(titles[(index * 7 + 3) % titles.Count]), TargetDate = today.AddMonths(2 + index) }],
                Comments = waiting ? [new DevelopmentComment { AuthorId = report, Text = "Could we look at this in our next one-to-one?", WrittenAtUtc = now.AddDays(-9) }] : [],
            });
        }

        db.Add(new RecommendationDismissal { EmployeeId = employee.Id, CourseId = Course("Negotiation skills"), DismissedAtUtc = now.AddDays(-30) });
        await db.SaveChangesAsync(ct);
    }
}
