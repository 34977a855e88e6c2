using ErmPortal.Data;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Recruitment;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment.Mobility;

/// <summary>
/// An opening as an employee reads it before applying: what the job is, where, and who hires. It is found while it is
/// published, and afterwards by whoever applied to it, who keeps seeing where their application stands.
/// </summary>
public static class GetInternalOpening
{
    public record Query(int Id) : IRequest<Model>;

    /// <summary>
    /// <see cref="Application"/>: the viewer's own, shown instead of the form. <see cref="OnHiringTeam"/>: the viewer hires or
    /// interviews for it. <see cref="Apply"/>: the form as it was posted, when it comes back with a message.
    /// </summary>
    public record Model(int Id, string Title, string DescriptionHtml, string DepartmentName, string LocationName, EmploymentType EmploymentType,
        OpeningAudience Audience, bool Published, DateTime? PublishedAtUtc, string HiringManager, bool OnHiringTeam, bool IsEmployee,
        MyApplication? Application)
    {
        public ApplyInternally.Command Apply { get; init; } = new() { OpeningId = Id };

        public bool CanApply => IsEmployee && Published && !OnHiringTeam && Application is null;
    }

    public class Handler(ErmDbContext db, ICurrentUser user) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var me = user.EmployeeId;
            var mine = db.Set<JobApplication>().Where(a => me != null && a.Candidate.EmployeeId == me);
            return await db.Set<Opening>()
                .Where(o => o.Id == request.Id && (o.Status == OpeningStatus.Published || mine.Any(a => a.OpeningId == o.Id)))
                .Select(o => new Model(o.Id, o.Title, o.DescriptionHtml, o.Department.Name, o.Location.Name, o.EmploymentType, o.Audience,
                    o.Status == OpeningStatus.Published, o.PublishedAtUtc,
                    (o.HiringManager.PreferredName ?? o.HiringManager.LegalFirstName) + " " + o.HiringManager.LegalLastName,
                    o.HiringManagerId == me || o.Interviewers.Any(i => i.EmployeeId == me), me != null,
                    mine.Where(a => a.OpeningId == o.Id).Select(a => new MyApplication(a.Stage.Name, a.Stage.Kind, a.AppliedAtUtc, a.StageEnteredAtUtc)).FirstOrDefault()))
                .FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
        }
    }
}
