using ErmPortal.Data;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Recruitment;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Modules;
using ErmPortal.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment.Openings;

/// <summary>
/// An opening for each approved demo requisition, hired for by the manager who asked, with two of their reports to
/// interview: most published (one for employees only), one still a draft and one closed, so HR's list and a hiring
/// manager's page both show each state.
/// </summary>
public class OpeningDemoData(ErmDbContext db, IClock clock) : IDemoDataSeeder
{
    /// <summary>After the requisitions (200).</summary>
    public int Order => 210;

    private static readonly OpeningStatus[] States =
        [OpeningStatus.Published, OpeningStatus.Published, OpeningStatus.Draft, OpeningStatus.Published, OpeningStatus.Closed];

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var requisitions = await db.Set<Requisition>().Include(r => r.Position)
            .Where(r => r.Status == RequisitionStatus.Approved && !db.Set<Opening>().Any(o => o.RequisitionId == r.Id))
            .OrderBy(r => r.Id).ToListAsync(cancellationToken);
        var managers = requisitions.Select(r => r.RequestedById).ToList();
        var reports = (await db.Employees.Where(e => e.ManagerId != null && managers.Contains(e.ManagerId.Value) && e.Status == EmployeeStatus.Active)
                .OrderBy(e => e.Id).Select(e => new { e.Id, ManagerId = e.ManagerId!.Value }).ToListAsync(cancellationToken))
            .GroupBy(e => e.ManagerId).ToDictionary(g => g.Key, g => g.Select(e => e.Id).Take(2).ToList());
        var now = clock.UtcNow;
        foreach (var (requisition, i) in requisitions.Select((r, i) => (r, i)))
        {
            var opened = requisition.DecidedAtUtc ?? now.AddDays(-30);
            var opening = Opening.FromRequisition(requisition, requisition.Position.Title, requisition.RequestedById, opened.AddDays(1));
            opening.DescriptionHtml = FormattedText.Sanitize(Description(requisition.Position.Title));
            opening.RequiredSkills = Skills[i % Skills.Length];
            opening.EmploymentType = EmploymentType.FullTime;
            opening.Audience = i == 3 ? OpeningAudience.InternalOnly : OpeningAudience.Everyone;
            opening.SetInterviewers(reports.GetValueOrDefault(requisition.RequestedById, []));
            var state = States[i % States.Length];
            if (state != OpeningStatus.Draft) opening.Publish(opened.AddDays(2));
            if (state == OpeningStatus.Closed) opening.Close(now.AddDays(-3));
            opening.TakeDomainEvents();
            db.Set<Opening>().Add(opening);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private static readonly string[] Skills = ["SQL, Excel, Stakeholder management", "C#, ASP.NET Core, SQL", "Recruiting, Interviewing", "Figma, User research", "Budgeting, Forecasting"];

    private static string Description(string title) => $"""
        <p>We are looking for a <strong>{System.Net.WebUtility.HtmlEncode(title)}</strong> to join a team whose work has grown beyond what it can do well.</p>
        <h3>What you will do</h3>
        <ul><li>Own your work from the first conversation to the result.</li><li>Work closely with colleagues across the organisation.</li><li>Help us improve how we work.</li></ul>
        <h3>What we offer</h3>
        <p>A friendly team, time to learn, and a <em>hybrid</em> way of working. Read more about <a href="https://example.org/working-here">working here</a>.</p>
        """;
}
