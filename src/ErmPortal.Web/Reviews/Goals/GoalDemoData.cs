using ErmPortal.Data;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Reviews;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Modules;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Reviews.Goals;

/// <summary>
/// Three years of goals (this year's and the two before) for the demo employee, the demo manager and everyone around
/// them: the reporting chain above the demo employee and each chain member's direct reports. Each person's goals of a
/// year weigh 100% together, support one of their manager's goals of that year, and carry quarterly check-ins; goals
/// whose target date has passed are achieved, missed now and then, or dropped. One of the demo employee's goals this
/// year is left at 90% of the weight, so the page's warning has something to show.
/// </summary>
public class GoalDemoData(ErmDbContext db, IClock clock) : IDemoDataSeeder
{
    /// <summary>After the organisation and before any review seeding that rates the goals of a period.</summary>
    public int Order => 600;

    private static readonly string[] LeadTitles =
        ["Grow the customer base in our region", "Ship the new self-service portal", "Cut delivery lead time by a fifth", "Raise customer satisfaction above 8/10"];
    private static readonly string[] TeamTitles =
        ["Deliver the quarterly roadmap items", "Automate the monthly reporting", "Mentor a new colleague", "Reduce open support tickets",
         "Document our main processes", "Improve the onboarding checklist", "Run two customer interviews a month", "Lower the error rate of releases"];

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var now = clock.UtcNow;
        var today = DateOnly.FromDateTime(now);
        var people = await PeopleAsync(ct);
        if (people.Count == 0) return;
        var random = new Random(600);
        var goalsOf = new Dictionary<(int Employee, int Year), List<PerformanceGoal>>();
        var demoEmployee = people.FirstOrDefault(p => p.IsDemoEmployee)?.Id;

        // Managers first, so each person's goals can support their manager's goals of the same year.
        foreach (var person in people.OrderBy(p => p.Level))
        for (var year = today.Year - 2; year <= today.Year; year++)
        {
            var count = person.Level == 0 ? 3 : 3 + random.Next(2);
            int[] weights = count == 3 ? [40, 30, 30] : [30, 30, 20, 20];
            if (person.Id == demoEmployee && year == today.Year) weights[^1] -= 10;
            var managerGoals = person.ManagerId is { } m && goalsOf.TryGetValue((m, year), out var theirs) ? theirs : [];
            var titles = person.Level <= 1 ? LeadTitles : TeamTitles;
            var list = new List<PerformanceGoal>();
            for (var i = 0; i < count; i++)
            {
                var target = new DateOnly(year, 3 * (i % 4 + 1), 1).AddMonths(1).AddDays(-1);
                var goal = new PerformanceGoal
                {
                    EmployeeId = person.Id, Title = titles[(person.Id + i) % titles.Length], Measure = (person.Id + i) % 4 == 3 ? null : Measures[(person.Id + i) % Measures.Length],
                    TargetDate = target, Weight = weights[i], CreatedAtUtc = new DateTime(year, 1, 10 + i, 9, 0, 0, DateTimeKind.Utc),
                    AlignedToGoal = managerGoals.Count == 0 ? null : managerGoals[(i + person.Id) % managerGoals.Count],
                };
                CheckIns(goal, today, random);
                list.Add(goal);
            }
            goalsOf[(person.Id, year)] = list;
            db.AddRange(list);
        }
        await db.SaveChangesAsync(ct);
    }

    private static readonly string[] Measures =
        ["Agreed figure reached and reported", "Delivered and signed off by the stakeholders", "Measured in the quarterly survey"];

    /// <summary>A check-in at the end of each quarter the goal has lived through; a goal past its date ends achieved, missed or dropped.</summary>
    private void CheckIns(PerformanceGoal goal, DateOnly today, Random random)
    {
        var start = DateOnly.FromDateTime(goal.CreatedAtUtc);
        var quarters = new List<DateOnly>();
        for (var day = start.AddMonths(3); day < today && day <= goal.TargetDate.AddDays(14); day = day.AddMonths(3)) quarters.Add(day);
        var closed = goal.TargetDate < today;
        var progress = 0;
        foreach (var (day, index) in quarters.Select((d, i) => (d, i)))
        {
            var last = closed && index == quarters.Count - 1;
            progress = Math.Min(100, progress + 15 + random.Next(25));
            var status = last ? Outcome(random) : progress >= 40 || random.Next(4) > 0 ? PerformanceGoalStatus.OnTrack : PerformanceGoalStatus.AtRisk;
            if (status == PerformanceGoalStatus.Achieved) progress = 100;
            db.Add(new GoalCheckIn
            {
                Goal = goal, Progress = progress, Status = status, AuthorId = index % 2 == 0 ? goal.EmployeeId : null,
                Comment = status switch
                {
                    PerformanceGoalStatus.Achieved => "Done, and the numbers hold.",
                    PerformanceGoalStatus.AtRisk => "Slower than planned; we talked about what to change.",
                    PerformanceGoalStatus.Missed => "Not reached: priorities moved mid-year.",
                    PerformanceGoalStatus.Dropped => "Dropped after the reorganisation.",
                    _ => "Going as planned.",
                },
                CheckedInAtUtc = day.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc),
            });
            (goal.Progress, goal.Status) = (progress, status);
        }
        if (closed && quarters.Count == 0) (goal.Progress, goal.Status) = (100, PerformanceGoalStatus.Achieved);
        else if (quarters.Count == 0) goal.Status = PerformanceGoalStatus.NotStarted;
    }

    private static PerformanceGoalStatus Outcome(Random random) => random.Next(10) switch
    {
        < 7 => PerformanceGoalStatus.Achieved,
        < 9 => PerformanceGoalStatus.Missed,
        _ => PerformanceGoalStatus.Dropped,
    };

    private record Person(int Id, int? ManagerId, int Level, bool IsDemoEmployee);

    /// <summary>The demo employee's reporting chain to the top, each chain member's direct reports, and the demo manager's reports.</summary>
    private async Task<List<Person>> PeopleAsync(CancellationToken ct)
    {
        var all = await db.Employees.Where(e => e.Status != EmployeeStatus.Left)
            .Select(e => new { e.Id, e.ManagerId, e.WorkEmail }).ToListAsync(ct);
        var byId = all.ToDictionary(e => e.Id);
        var employee = all.FirstOrDefault(e => e.WorkEmail == "employee@" + Seeding.OrganisationSeeder.DemoDomain);
        var manager = all.FirstOrDefault(e => e.WorkEmail == "manager@" + Seeding.OrganisationSeeder.DemoDomain);
        if (employee is null) return [];
        var chain = new List<int>();
        for (int? id = employee.Id; id is { } i && byId.ContainsKey(i) && !chain.Contains(i); id = byId[i].ManagerId) chain.Add(i);
        var reportsOf = all.Where(e => e.ManagerId is not null).ToLookup(e => e.ManagerId!.Value, e => e.Id);
        var chosen = chain.Concat(chain.SelectMany(c => reportsOf[c])).Concat(manager is null ? [] : reportsOf[manager.Id].Prepend(manager.Id))
            .Distinct().ToHashSet();
        int LevelOf(int id)
        {
            var level = 0;
            for (var m = byId[id].ManagerId; m is { } i && byId.ContainsKey(i) && level < 50; m = byId[i].ManagerId) level++;
            return level;
        }
        return chosen.Select(id => new Person(id, byId[id].ManagerId, LevelOf(id), id == employee.Id)).ToList();
    }
}
