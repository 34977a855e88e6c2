using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Recruitment;
using ErmPortal.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace ErmPortal.Web.Recruitment.Pipeline;

/// <summary>
/// Which applications the viewer may see, as a filter inside every query that lists or opens them: those of the
/// openings whose hiring team they are on (all of them for HR), less the internal applications of the viewer's own
/// reports that have not reached the stage the organisation chose.
/// </summary>
public class ApplicationVisibility(ErmDbContext db, ICurrentUser user, OpeningAccess openings, IOptions<RecruitmentOptions> options)
{
    public bool IsHr => user.IsInRole(Roles.Hr);

    public IQueryable<JobApplication> Visible(IQueryable<JobApplication> applications)
    {
        if (IsHr) return applications;
        var me = user.EmployeeId ?? 0;
        var mine = db.Set<Opening>().Where(openings.VisibleOpenings()).Select(o => o.Id);
        var told = ToldFrom(options.Value.TellManagerAtStage);
        return applications.Where(a => mine.Contains(a.OpeningId)
            && (a.Candidate.EmployeeId == null || a.Candidate.Employee!.ManagerId != me || a.ManagerToldAtUtc != null
                || a.StageVisits.Any(v => told.Contains(v.Stage.Kind))));
    }

    /// <summary>
    /// The stages that tell the manager, once reached: the chosen one and those after it on the way to a hire. A rejection
    /// or a withdrawal reached before it tells nothing: the manager never learns of an application that ended early.
    /// </summary>
    public static List<StageKind> ToldFrom(StageKind stage) =>
        [.. new[] { StageKind.Applied, StageKind.Screening, StageKind.Interview, StageKind.Offer, StageKind.Hired }.Where(k => k >= stage)];
}
