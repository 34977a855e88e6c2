using ErmPortal.Data;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Profiles;
using ErmPortal.Data.Timeline;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Profiles;
using ErmPortal.Web.Shared;
using ErmPortal.Web.Timeline;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Organisation;

/// <summary>
/// The 360° profile: everything the organisation knows about a person in one place, each section read only when
/// the viewer's relation to the person allows it, so what a viewer may not see is never even loaded.
/// </summary>
public static class GetEmployee
{
    public record Query(int Id) : IRequest<Model>;

    public record Header(int Id, string LegalFirstName, string LegalLastName, string? PreferredName, string? Pronouns,
        string PositionTitle, string DepartmentName, string LocationName, string WorkEmail, string? WorkPhone,
        int? ManagerId, string? ManagerName, DateOnly HireDate, EmployeeStatus Status, bool HasPhoto)
    {
        public string DisplayName => $"{PreferredName ?? LegalFirstName} {LegalLastName}";
        public string Initials => Labels.Initials(DisplayName);
    }

    public record Person(int Id, string Name, string PositionTitle);

    public record Personal(string? PersonalEmail, string? PersonalPhone, string? HomeAddress, DateOnly? DateOfBirth,
        string? MaskedNationalId, string? MaskedBankAccount, IReadOnlyList<Contact> EmergencyContacts);

    public record Contact(string Name, string Relationship, string Phone);

    public record Employment(EmploymentType EmploymentType, EmployeeStatus Status, DateOnly HireDate, DateOnly? LastDay,
        IReadOnlyList<HistoryLine> History);

    public record HistoryLine(DateOnly EffectiveDate, JobChangeKind Kind, string PositionTitle, string DepartmentName,
        string LocationName, string? ManagerName, bool Scheduled, string? Note);

    /// <summary>Sections are null when the viewer may not see them.</summary>
    public record Model(Header Person, EmployeeRelation Relation, IReadOnlyList<Person> DirectReports,
        IReadOnlyList<string> Skills, IReadOnlyList<string> Interests,
        Personal? Personal, Employment? Employment, string? CareerAspirations, Completeness? Completeness,
        IReadOnlyList<ContextWarning>? Warnings, IReadOnlyList<TimelineLine>? Timeline, bool CanEdit, bool IsSelf);

    public class Handler(ErmDbContext db, EmployeeAccess access, IClock clock, ICurrentUser user) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var viewer = await access.RequireAsync(request.Id, EmployeeOperations.ViewCard, ct);
            var people = db.Employees.Where(e => e.Id == request.Id);
            var header = await people.Select(e => new Header(e.Id, e.LegalFirstName, e.LegalLastName, e.PreferredName, e.Pronouns,
                    e.Position.Title, e.Department.Name, e.Location.Name, e.WorkEmail, e.Phone, e.ManagerId,
                    e.Manager == null ? null : (e.Manager.PreferredName ?? e.Manager.LegalFirstName) + " " + e.Manager.LegalLastName,
                    e.HireDate, e.Status, e.PhotoKey != null))
                .FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
            var reports = await db.Employees.Where(e => e.ManagerId == request.Id && e.Status != EmployeeStatus.Left)
                .OrderBy(e => e.LegalLastName).ThenBy(e => e.LegalFirstName)
                .Select(e => new Person(e.Id, (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName, e.Position.Title))
                .ToListAsync(ct);
            var tags = await db.EmployeeTags.Where(t => t.EmployeeId == request.Id).OrderBy(t => t.Name)
                .Select(t => new { t.Kind, t.Name }).ToListAsync(ct);

            var personal = await access.CanAsync(viewer, EmployeeOperations.ViewPersonal) ? await PersonalAsync(request.Id, ct) : null;
            var employment = await access.CanAsync(viewer, EmployeeOperations.ViewEmployment) ? await EmploymentAsync(request.Id, ct) : null;
            var development = await access.CanAsync(viewer, EmployeeOperations.ViewDevelopment);
            var aspirations = development ? await people.Select(e => e.CareerAspirations).FirstAsync(ct) : null;
            // Completeness is the person's own to-do list, and HR's to chase.
            var completeness = viewer.Is(EmployeeRelation.Self) || viewer.Is(EmployeeRelation.Hr)
                ? await CompletenessAsync(db, request.Id, ct) : null;
            var warnings = viewer.Is(EmployeeRelation.Hr) || viewer.Is(EmployeeRelation.ManagerChain)
                ? await ContextWarnings.ForAsync(db, request.Id, clock.Today, forHr: viewer.Is(EmployeeRelation.Hr), ct) : null;
            var timeline = TimelineReader.ForEmployee(viewer, user) is { } reader ? await TimelineAsync(request.Id, reader, ct) : null;

            return new Model(header, viewer.Relation, reports,
                tags.Where(t => t.Kind == TagKind.Skill).Select(t => t.Name).ToList(),
                tags.Where(t => t.Kind == TagKind.Interest).Select(t => t.Name).ToList(),
                personal, employment, aspirations, completeness, warnings, timeline,
                await access.CanAsync(viewer, EmployeeOperations.Edit), viewer.Is(EmployeeRelation.Self));
        }

        private async Task<Personal> PersonalAsync(int id, CancellationToken ct)
        {
            var p = await db.Employees.Where(e => e.Id == id)
                .Select(e => new { e.PersonalEmail, e.PersonalPhone, e.HomeAddress, e.DateOfBirth, e.NationalId, e.BankAccount })
                .FirstAsync(ct);
            var contacts = await db.EmergencyContacts.Where(c => c.EmployeeId == id).OrderBy(c => c.Id)
                .Select(c => new Contact(c.Name, c.Relationship, c.Phone)).ToListAsync(ct);
            return new Personal(p.PersonalEmail, p.PersonalPhone, p.HomeAddress, p.DateOfBirth,
                SensitiveField.NationalId.Masked(p.NationalId), SensitiveField.BankAccount.Masked(p.BankAccount), contacts);
        }

        private async Task<Employment> EmploymentAsync(int id, CancellationToken ct)
        {
            var e = await db.Employees.Where(x => x.Id == id).Select(x => new { x.EmploymentType, x.Status, x.HireDate, x.LastDay }).FirstAsync(ct);
            var history = await db.JobChanges.Where(j => j.EmployeeId == id)
                .OrderByDescending(j => j.EffectiveDate).ThenByDescending(j => j.Id)
                .Select(j => new HistoryLine(j.EffectiveDate, j.Kind, j.Position.Title, j.Department.Name, j.Location.Name,
                    j.Manager == null ? null : (j.Manager.PreferredName ?? j.Manager.LegalFirstName) + " " + j.Manager.LegalLastName,
                    j.AppliedOn == null, j.Note))
                .ToListAsync(ct);
            return new Employment(e.EmploymentType, e.Status, e.HireDate, e.LastDay, history);
        }

        private Task<List<TimelineLine>> TimelineAsync(int id, TimelineReader reader, CancellationToken ct) =>
            db.Set<TimelineEntry>().VisibleTo(TimelineSubjects.Employee, id, reader).NewestFirst().Take(8).ToListAsync(ct);
    }

    /// <summary>Reads the facts the completeness score needs in one query.</summary>
    public static async Task<Completeness> CompletenessAsync(ErmDbContext db, int employeeId, CancellationToken ct)
    {
        var facts = await db.Employees.Where(e => e.Id == employeeId)
            .Select(e => new ProfileFacts(e.Phone != null, e.PersonalEmail != null || e.PersonalPhone != null, e.EmergencyContacts.Count,
                e.HomeAddress != null, e.DateOfBirth != null, e.BankAccount != null, e.Tags.Count(t => t.Kind == TagKind.Skill),
                e.CareerAspirations != null))
            .FirstAsync(ct);
        return ProfileCompleteness.Evaluate(facts);
    }
}
