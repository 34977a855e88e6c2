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
using Microsoft.Extensions.Localization;
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
        IReadOnlyList<string> Warnings, IReadOnlyList<TimelineLine>? Timeline, bool CanEdit, bool IsSelf,
        IReadOnlyList<ProfilePanel> Panels)
    {
        public ProfileSubject Subject => new(Person.Id, Person.DisplayName, Relation);

        public IEnumerable<ProfilePanel> PanelsIn(ProfileColumn column) => Panels.Where(p => p.Column == column);
    }

    /// <remarks>
    /// A fixed number of queries whatever the person's place in the organisation: one for the viewer's relation (the
    /// manager chain is walked inside SQLite), one for everything about the person that is a single value (each
    /// section's fields only when the viewer may see that section), then one per list shown. Completeness is worked out
    /// from what those queries already read; the context warnings are each module's, read by its own fixed queries.
    /// </remarks>
    public class Handler(ErmDbContext db, EmployeeAccess access, IClock clock, ICurrentUser user, IEnumerable<ProfilePanel> panels,
        PersonContext context, IStringLocalizerFactory localizers)
        : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var viewer = await access.RequireAsync(request.Id, EmployeeOperations.ViewCard, ct);
            var personal = await access.CanAsync(viewer, EmployeeOperations.ViewPersonal);
            var employment = await access.CanAsync(viewer, EmployeeOperations.ViewEmployment);
            var development = await access.CanAsync(viewer, EmployeeOperations.ViewDevelopment);
            var forHr = viewer.Is(EmployeeRelation.Hr);

            var row = await db.Employees.Where(e => e.Id == request.Id).Select(e => new
            {
                Header = new Header(e.Id, e.LegalFirstName, e.LegalLastName, e.PreferredName, e.Pronouns,
                    e.Position.Title, e.Department.Name, e.Location.Name, e.WorkEmail, e.Phone, e.ManagerId,
                    e.Manager == null ? null : (e.Manager.PreferredName ?? e.Manager.LegalFirstName) + " " + e.Manager.LegalLastName,
                    e.HireDate, e.Status, e.PhotoKey != null),
                EmploymentType = employment ? e.EmploymentType : (EmploymentType?)null,
                LastDay = employment ? e.LastDay : null,
                PersonalEmail = personal ? e.PersonalEmail : null,
                PersonalPhone = personal ? e.PersonalPhone : null,
                HomeAddress = personal ? e.HomeAddress : null,
                DateOfBirth = personal ? e.DateOfBirth : null,
                NationalId = personal ? e.NationalId : null,
                BankAccount = personal ? e.BankAccount : null,
                CareerAspirations = development ? e.CareerAspirations : null,
            }).FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
            var header = row.Header;

            var reports = await db.Employees.Where(e => e.ManagerId == request.Id && e.Status != EmployeeStatus.Left)
                .OrderBy(e => e.LegalLastName).ThenBy(e => e.LegalFirstName)
                .Select(e => new Person(e.Id, (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName, e.Position.Title))
                .ToListAsync(ct);
            var tags = await db.EmployeeTags.Where(t => t.EmployeeId == request.Id).OrderBy(t => t.Name)
                .Select(t => new { t.Kind, t.Name }).ToListAsync(ct);
            var skills = tags.Where(t => t.Kind == TagKind.Skill).Select(t => t.Name).ToList();

            Personal? personalSection = null;
            if (personal)
            {
                var contacts = await db.EmergencyContacts.Where(c => c.EmployeeId == request.Id).OrderBy(c => c.Id)
                    .Select(c => new Contact(c.Name, c.Relationship, c.Phone)).ToListAsync(ct);
                personalSection = new Personal(row.PersonalEmail, row.PersonalPhone, row.HomeAddress, row.DateOfBirth,
                    SensitiveField.NationalId.Masked(row.NationalId), SensitiveField.BankAccount.Masked(row.BankAccount), contacts);
            }
            var employmentSection = row.EmploymentType is { } type
                ? new Employment(type, header.Status, header.HireDate, row.LastDay, await HistoryAsync(request.Id, ct))
                : null;

            // Completeness is the person's own to-do list, and HR's to chase; both see every section it scores.
            var completeness = (viewer.Is(EmployeeRelation.Self) || forHr) && personalSection is { } p
                ? ProfileCompleteness.Evaluate(new ProfileFacts(header.WorkPhone != null, p.PersonalEmail != null || p.PersonalPhone != null,
                    p.EmergencyContacts.Count, p.HomeAddress != null, p.DateOfBirth != null, row.BankAccount != null, skills.Count,
                    row.CareerAspirations != null))
                : null;
            // Every module's warnings, each as the viewer may read it (HR and the managers above the person; nobody else).
            var warnings = (await context.WarningsAsync([request.Id], clock.Today, ct))[request.Id].Select(w => w.Text(localizers)).ToList();
            var timeline = TimelineReader.ForEmployee(viewer, user) is { } reader ? await TimelineAsync(request.Id, reader, ct) : null;

            return new Model(header, viewer.Relation, reports, skills,
                tags.Where(t => t.Kind == TagKind.Interest).Select(t => t.Name).ToList(),
                personalSection, employmentSection, row.CareerAspirations, completeness, warnings, timeline,
                await access.CanAsync(viewer, EmployeeOperations.Edit), viewer.Is(EmployeeRelation.Self),
                panels.OrderBy(p => p.Order).ThenBy(p => p.ViewComponent.FullName).ToList());
        }

        private Task<List<HistoryLine>> HistoryAsync(int id, CancellationToken ct) =>
            db.JobChanges.Where(j => j.EmployeeId == id)
                .OrderByDescending(j => j.EffectiveDate).ThenByDescending(j => j.Id)
                .Select(j => new HistoryLine(j.EffectiveDate, j.Kind, j.Position.Title, j.Department.Name, j.Location.Name,
                    j.Manager == null ? null : (j.Manager.PreferredName ?? j.Manager.LegalFirstName) + " " + j.Manager.LegalLastName,
                    j.AppliedOn == null, j.Note))
                .ToListAsync(ct);

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
