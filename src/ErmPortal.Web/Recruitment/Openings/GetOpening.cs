using ErmPortal.Data;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Recruitment;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment.Openings;

/// <summary>
/// One opening for its hiring team: what it says, its stages with how many candidates are in each, who interviews, and
/// (for HR and the hiring manager) what it may pay. Anyone else is told it does not exist.
/// </summary>
public static class GetOpening
{
    public record Query(int Id) : IRequest<Model>;

    public record Stage(int Id, string Name, StageKind Kind, int Candidates);

    public record Person(int Id, string Name, string Title);

    public record Pay(decimal From, decimal To, string Currency);

    public record Model(int Id, string Title, OpeningStatus Status, OpeningAudience Audience, EmploymentType EmploymentType, string DescriptionHtml,
        string? RequiredSkills, string PositionTitle, string DepartmentName, string LocationName, Person HiringManager, int RequisitionId,
        int Headcount, DateTime CreatedAtUtc, DateTime? PublishedAtUtc, DateTime? ClosedAtUtc)
    {
        public IReadOnlyList<Stage> Stages { get; init; } = [];
        public IReadOnlyList<Person> Interviewers { get; init; } = [];
        /// <summary>The requisition's salary range, for those who may see pay; none for the others.</summary>
        public Pay? SalaryRange { get; init; }
        public bool CanManage { get; init; }
    }

    public class Handler(ErmDbContext db, OpeningAccess access) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var resource = await access.RequireAsync(request.Id, OpeningOperations.ViewCandidates, ct);
            var seesPay = await access.CanAsync(resource, OpeningOperations.SeeCompensation);
            var found = await db.Set<Opening>().Where(o => o.Id == request.Id).Select(o => new
            {
                Model = new Model(o.Id, o.Title, o.Status, o.Audience, o.EmploymentType, o.DescriptionHtml, o.RequiredSkills, o.Position.Title,
                    o.Department.Name, o.Location.Name,
                    new Person(o.HiringManagerId, (o.HiringManager.PreferredName ?? o.HiringManager.LegalFirstName) + " " + o.HiringManager.LegalLastName,
                        o.HiringManager.Position.Title),
                    o.RequisitionId, o.Requisition.Headcount, o.CreatedAtUtc, o.PublishedAtUtc, o.ClosedAtUtc),
                Pay = seesPay ? new Pay(o.Requisition.SalaryFrom, o.Requisition.SalaryTo, o.Requisition.Currency) : null,
                Stages = o.Stages.OrderBy(s => s.Order).ThenBy(s => s.Id)
                    .Select(s => new Stage(s.Id, s.Name, s.Kind, db.Set<JobApplication>().Count(a => a.StageId == s.Id))).ToList(),
                Interviewers = o.Interviewers.OrderBy(i => i.Employee.LegalLastName).ThenBy(i => i.Employee.LegalFirstName)
                    .Select(i => new Person(i.EmployeeId, (i.Employee.PreferredName ?? i.Employee.LegalFirstName) + " " + i.Employee.LegalLastName,
                        i.Employee.Position.Title)).ToList(),
            }).AsSplitQuery().FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
            return found.Model with
            {
                Stages = found.Stages, Interviewers = found.Interviewers, SalaryRange = found.Pay,
                CanManage = await access.CanAsync(resource, OpeningOperations.Manage),
            };
        }
    }
}
