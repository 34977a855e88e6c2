using ErmPortal.Data;
using ErmPortal.Data.Learning;
using ErmPortal.Data.Profiles;
using ErmPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Learning.Development;

/// <summary>
/// Reads what the ranking needs about one person in four commands, however many courses, records and colleagues there
/// are: the person; their skills, their position's and their last review's in one union; every offered course with
/// the person's standing on it; and the colleague counts in one grouped read. The caller has decided the viewer may see it.
/// </summary>
public class RecommendationReader(ErmDbContext db, IClock clock)
{
    private static readonly EnrolmentStatus[] Live = [EnrolmentStatus.Requested, EnrolmentStatus.Enrolled, EnrolmentStatus.Waitlisted];

    private const int Profile = 0, Completed = 1, Required = 2, Need = 3;

    public async Task<IReadOnlyList<Recommendation>> ForAsync(int employeeId, int take, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.UtcNow);
        var person = await db.Employees.Where(e => e.Id == employeeId)
            .Select(e => new { e.PositionId, e.HireDate, e.CareerAspirations }).FirstOrDefaultAsync(ct);
        if (person is null) return [];
        var positionId = person.PositionId;

        var needs = db.Set<DevelopmentNeed>().Where(n => n.EmployeeId == employeeId);
        var facts = await db.EmployeeTags.Where(t => t.EmployeeId == employeeId && t.Kind == TagKind.Skill)
            .Select(t => new { Kind = Profile, t.Name, Source = "" })
            .Concat(db.Set<TrainingRecord>().Where(r => r.EmployeeId == employeeId && r.Passed && r.ConfirmedAtUtc != null && r.CourseId != null)
                .SelectMany(r => r.Course!.Skills).Select(s => new { Kind = Completed, s.Name, Source = "" }))
            .Concat(db.Set<PositionSkill>().Where(s => s.PositionId == positionId).Select(s => new { Kind = Required, s.Name, Source = "" }))
            .Concat(needs.Where(n => n.NotedOn == needs.Max(x => (DateOnly?)x.NotedOn))
                .Select(n => new { Kind = Need, Name = n.Skill, n.Source }))
            .ToListAsync(ct);

        var courses = await db.Set<Course>().Where(c => c.ArchivedAtUtc == null).Select(c => new
        {
            c.Id, c.Title,
            Skills = c.Skills.Select(s => s.Name).ToList(),
            Last = db.Set<TrainingRecord>().Where(r => r.EmployeeId == employeeId && r.CourseId == c.Id && r.Passed && r.ConfirmedAtUtc != null)
                .OrderByDescending(r => r.CompletedOn).Select(r => new { r.CompletedOn, r.CertificateExpiresOn }).FirstOrDefault(),
            Live = db.Set<Enrolment>().Any(e => e.EmployeeId == employeeId && e.CourseId == c.Id && Live.Contains(e.Status)),
            Dismissed = db.Set<RecommendationDismissal>().Any(d => d.EmployeeId == employeeId && d.CourseId == c.Id),
            Rules = c.MandatoryRules.Where(r => r.PositionId == null || r.PositionId == positionId)
                .Select(r => new { r.StartsOn, r.WithinDaysOfHire, r.RenewEveryMonths }).ToList(),
        }).ToListAsync(ct);

        var since = today.AddYears(-RecommendationRanking.ColleagueYears);
        var colleagues = await db.Employees.Where(e => e.PositionId == positionId && e.Id != employeeId)
            .Join(db.Set<TrainingRecord>().Where(r => r.CompletedOn >= since && r.Passed && r.ConfirmedAtUtc != null && r.CourseId != null),
                e => e.Id, r => r.EmployeeId, (e, r) => new { r.CourseId, r.EmployeeId })
            .GroupBy(r => r.CourseId)
            .Select(g => new { CourseId = g.Key!.Value, People = g.Select(r => r.EmployeeId).Distinct().Count() })
            .ToDictionaryAsync(g => g.CourseId, g => g.People, ct);

        var skills = facts.Where(f => f.Kind is Profile or Completed).Select(f => f.Name).ToList();
        var subject = new PersonFacts(person.HireDate, skills, facts.Where(f => f.Kind == Required).Select(f => f.Name).ToList(), person.CareerAspirations,
            facts.Where(f => f.Kind == Need).Select(f => new NeedFact(f.Name, f.Source)).ToList());
        return RecommendationRanking.Rank(subject, courses.Select(c => new CourseFacts(c.Id, c.Title, c.Skills)
        {
            LastCompletedOn = c.Last?.CompletedOn, CertificateExpiresOn = c.Last?.CertificateExpiresOn, HasLivePlace = c.Live, Dismissed = c.Dismissed,
            Rules = c.Rules.Select(r => (r.StartsOn, r.WithinDaysOfHire, r.RenewEveryMonths)).ToList(),
            Colleagues = colleagues.GetValueOrDefault(c.Id),
        }), today, take);
    }
}
