using ErmPortal.Data;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Reviews;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Modules;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Reviews.Peers;

/// <summary>
/// 360° feedback in the demo cycles that include it, written after the cycles and their reviews (which another part of
/// the module seeds; without them this writes nothing). Past cycles: approved nominations, most answered, so most reviews
/// have an aggregate and a few stay under three. The running cycle: the demo employee has nominated colleagues their
/// reviewer has still to approve, has forms of colleagues to answer, and the demo manager has nominations to decide.
/// </summary>
public class PeerDemoData(ErmDbContext db, IClock clock) : IDemoDataSeeder
{
    /// <summary>After the review cycles and their reviews.</summary>
    public int Order => 690;

    /// <summary>Enough reviews per cycle for every page to show something, without making a large demo slow to seed.</summary>
    private const int ReviewsPerCycle = 400;

    private static readonly string[] KeepDoing =
    [
        "Sharing what you learn with the rest of us.", "Asking the question nobody else asks in planning.", "Being calm when a release goes wrong.",
        "Writing things down so others can pick them up.", "Helping new people find their feet.", "Following up on what you promise.",
    ];

    private static readonly string[] DoDifferently =
    [
        "Say no sooner when the plate is full.", "Bring others into decisions earlier.", "Share work in progress before it is polished.",
        "Give the team more context on priorities.", "Delegate more of the routine work.", "Speak up in the larger meetings.",
    ];

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var cycles = await db.Set<ReviewCycle>().Where(c => c.IncludesPeerFeedback && c.Phase != ReviewPhase.Draft).OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.Phase, c.PeriodEnd, c.LaunchedAtUtc, Competencies = c.Competencies.Select(x => x.Id).ToList() })
            .ToListAsync(ct);
        if (cycles.Count == 0) return;
        var people = await db.Employees.Where(e => e.Status != EmployeeStatus.Left)
            .Select(e => new { e.Id, e.ManagerId, e.DepartmentId, e.WorkEmail }).ToListAsync(ct);
        var byTeam = people.Where(p => p.ManagerId != null).ToLookup(p => p.ManagerId);
        var byDepartment = people.ToLookup(p => p.DepartmentId);
        var demo = people.ToDictionary(p => p.WorkEmail, p => p.Id, StringComparer.OrdinalIgnoreCase);
        var employee = demo.GetValueOrDefault("employee@" + Seeding.OrganisationSeeder.DemoDomain);
        var manager = demo.GetValueOrDefault("manager@" + Seeding.OrganisationSeeder.DemoDomain);
        db.ChangeTracker.AutoDetectChangesEnabled = false;

        foreach (var cycle in cycles)
        {
            var random = new Random(690 + cycle.Id);
            var running = cycle.Phase < ReviewPhase.Calibration;
            var reviews = await db.Set<Review>().Where(r => r.CycleId == cycle.Id)
                .Select(r => new { r.Id, r.EmployeeId, r.ReviewerId, r.DepartmentId, ManagerId = r.Employee.ManagerId }).ToListAsync(ct);
            // The reviews the demo employee is asked to give feedback on: their teammates', or two of their department's without any.
            var demoEmployee = people.FirstOrDefault(p => p.Id == employee);
            var colleaguesOfDemo = reviews.Where(r => r.EmployeeId != employee && r.ReviewerId != employee && demoEmployee is not null);
            var peerOfDemo = (colleaguesOfDemo.Where(r => r.ManagerId != null && r.ManagerId == demoEmployee!.ManagerId).ToList() is { Count: > 0 } teammates
                    ? teammates
                    : colleaguesOfDemo.Where(r => r.DepartmentId == demoEmployee!.DepartmentId && r.EmployeeId != demoEmployee.ManagerId).Take(2).ToList())
                .Select(r => r.Id).ToHashSet();
            // The demo people's reviews and those they would see first, then the rest in order.
            var chosen = reviews.OrderByDescending(r => r.EmployeeId == employee || r.ReviewerId == manager || peerOfDemo.Contains(r.Id)).ThenBy(r => r.Id)
                .Take(ReviewsPerCycle).ToList();
            var day = DateOnly.FromDateTime(cycle.LaunchedAtUtc ?? clock.UtcNow);
            foreach (var (review, index) in chosen.Select((r, i) => (r, i)))
            {
                var excluded = new HashSet<int?> { review.EmployeeId, review.ReviewerId, review.ManagerId };
                var team = byTeam[review.ManagerId].Where(p => !excluded.Contains(p.Id)).Select(p => p.Id);
                var others = byDepartment[review.DepartmentId].Where(p => !excluded.Contains(p.Id) && p.ManagerId != review.ManagerId).Select(p => p.Id);
                var peers = team.OrderBy(_ => random.Next()).Take(3).Concat(others.OrderBy(_ => random.Next()).Take(2)).ToList();
                // The demo employee is asked by their teammates in the running cycle, so they have forms to answer.
                if (running && peerOfDemo.Contains(review.Id) && review.EmployeeId != employee && !peers.Contains(employee)) peers.Insert(0, employee);
                // One review in eight ends with two answers: its aggregate stays hidden, as it would.
                var answering = running ? 0 : index % 8 == 7 ? 2 : Math.Min(peers.Count, 3 + random.Next(2));
                foreach (var (peer, p) in peers.Select((peer, p) => (peer, p)))
                {
                    var waiting = running && (review.EmployeeId == employee || review.ReviewerId == manager) && p % 2 == 0 && peer != employee;
                    var nomination = new PeerNomination { ReviewId = review.Id, PeerId = peer, NominatedAtUtc = (cycle.LaunchedAtUtc ?? clock.UtcNow).AddDays(3 + p) };
                    if (!waiting) nomination.Decide(true, OpenCycle, nomination.NominatedAtUtc.AddDays(1));
                    if (p < answering) nomination.MarkAnswered(OpenCycle);
                    nomination.TakeDomainEvents();
                    db.Add(nomination);
                    if (p >= answering) continue;
                    var sameTeam = byTeam[review.ManagerId].Any(x => x.Id == peer);
                    db.Add(new PeerFeedbackAnswer
                    {
                        ReviewId = review.Id, AnsweredOn = day.AddDays(20 + random.Next(10)),
                        Relationship = sameTeam ? PeerRelationship.SameTeam : PeerRelationship.OtherTeam,
                        KeepDoing = KeepDoing[random.Next(KeepDoing.Length)], DoDifferently = random.Next(4) == 0 ? null : DoDifferently[random.Next(DoDifferently.Length)],
                        Ratings = cycle.Competencies.Select(c => new PeerFeedbackRating { CompetencyId = c, Rating = 2 + random.Next(4) }).ToList(),
                    });
                }
            }
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        db.ChangeTracker.AutoDetectChangesEnabled = true;
    }

    /// <summary>The demo's past is written as it happened: its nominations were decided and answered while their cycle took feedback.</summary>
    private static readonly ReviewCycle OpenCycle = OpenForFeedback();

    private static ReviewCycle OpenForFeedback()
    {
        var cycle = new ReviewCycle { Name = "demo", IncludesPeerFeedback = true };
        cycle.StartAt(ReviewPhase.PeerFeedback, DateTime.UnixEpoch);
        return cycle;
    }
}
