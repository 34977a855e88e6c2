using System.ComponentModel.DataAnnotations;
using System.Text;
using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Profiles;
using ErmPortal.Data.Recruitment;
using ErmPortal.Data.Shared;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Profiles;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment.Offers;

/// <summary>
/// HR hires a candidate whose offer was accepted, in one command: a new employee in onboarding with their account and
/// invitation, or, for someone who already works here, a job change. The application ends as hired, the requisition
/// counts the hire and closes (with its opening) when every place is filled, and <see cref="CandidateHired"/> is
/// published for onboarding.
/// </summary>
/// <remarks>
/// Across modules this follows how the portal already hires people (<see cref="Organisation.CreateEmployee"/>, the
/// import): the Employee is made by its own factory, <see cref="Employee.Hire"/>, which raises
/// <see cref="EmployeeHired"/>; the Accounts module answers it with the account and the invitation, the Organisation
/// module with the "hired" entry of the person's timeline, all in this command's transaction. A transfer goes through
/// <see cref="Employee.ChangeJob"/> and its events the same way. We make the employee here rather than in a subscriber
/// to <see cref="CandidateHired"/> because the hire needs it back at once (the candidate is linked to it, and the event
/// tells onboarding whom to welcome), and a notification has no answer: the subscriber would have to write the
/// candidate, reaching into Recruitment instead.
/// </remarks>
public static class HireCandidate
{
    [RequireRole(Roles.Hr)]
    public record Query(int ApplicationId) : IRequest<Model>;

    public enum State { NeedsAcceptedOffer, Ready, Hired }

    public record Model(int ApplicationId, int CandidateId, string CandidateName, string CandidateEmail, string OpeningTitle, bool Transfer,
        State State, int? OfferId, string? PositionTitle, DateOnly? StartDate, Guid? OfferVersion, int? EmployeeId, string? EmployeeName,
        string? SuggestedWorkEmail);

    [RequireRole(Roles.Hr)]
    public record Command : ICommand<int>
    {
        public int ApplicationId { get; set; }
        /// <summary>The new employee's work address, which they sign in with; none for a transfer.</summary>
        [Display(Name = "Work email")]
        public string? WorkEmail { get; set; }
        /// <summary>The accepted offer's version the page showed: a second press, or a second HR person, finds it changed.</summary>
        public Guid Version { get; set; }
    }

    public class QueryHandler(ErmDbContext db) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var found = await db.Set<JobApplication>().Where(a => a.Id == request.ApplicationId).Select(a => new
            {
                a.CandidateId, a.Candidate.FirstName, a.Candidate.LastName, a.Candidate.Email, a.Opening.Title, a.Candidate.EmployeeId,
                Hired = a.Stage.Kind == StageKind.Hired, ManagerEmail = a.Opening.HiringManager.WorkEmail,
                EmployeeName = a.Candidate.Employee == null ? null : (a.Candidate.Employee.PreferredName ?? a.Candidate.Employee.LegalFirstName) + " " + a.Candidate.Employee.LegalLastName,
                Offer = db.Set<Offer>().Where(o => o.ApplicationId == a.Id && o.Status == OfferStatus.Accepted)
                    .Select(o => new { o.Id, o.Position.Title, o.StartDate, o.Version, o.HiredAsTransfer }).FirstOrDefault(),
            }).FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
            var state = found.Hired ? State.Hired : found.Offer is null ? State.NeedsAcceptedOffer : State.Ready;
            var transfer = found.Offer?.HiredAsTransfer ?? found.EmployeeId is not null;
            return new Model(request.ApplicationId, found.CandidateId, $"{found.FirstName} {found.LastName}", found.Email, found.Title, transfer, state,
                found.Offer?.Id, found.Offer?.Title, found.Offer?.StartDate, found.Offer?.Version, found.EmployeeId, found.EmployeeName,
                state == State.Ready && found.EmployeeId is null ? SuggestWorkEmail(found.FirstName, found.LastName, found.ManagerEmail) : null);
        }
    }

    /// <summary>first.last at the organisation's domain (the hiring manager's), in plain letters: HR changes it if the house style differs.</summary>
    internal static string SuggestWorkEmail(string firstName, string lastName, string managerEmail)
    {
        static string Plain(string name) => new(name.Normalize(NormalizationForm.FormD).ToLowerInvariant()
            .Where(c => c is >= 'a' and <= 'z' or >= '0' and <= '9').ToArray());
        var domain = managerEmail[(managerEmail.IndexOf('@') + 1)..];
        return $"{Plain(firstName)}.{Plain(lastName)}@{domain}";
    }

    public class Handler(ErmDbContext db, IClock clock) : IRequestHandler<Command, int>
    {
        public async Task<int> Handle(Command request, CancellationToken ct)
        {
            var application = await db.Set<JobApplication>().Include(a => a.Stage).Include(a => a.StageVisits).Include(a => a.Candidate).ThenInclude(c => c.Employee)
                .Include(a => a.Opening).ThenInclude(o => o.Requisition).Include(a => a.Opening).ThenInclude(o => o.Stages)
                .FirstOrDefaultAsync(a => a.Id == request.ApplicationId, ct) ?? throw new NotFoundException();
            var offer = await db.Set<Offer>().FirstOrDefaultAsync(o => o.ApplicationId == application.Id && o.Status == OfferStatus.Accepted, ct);
            if (application.Stage.Kind == StageKind.Hired || offer?.HiredAtUtc is not null)
                throw new DomainRuleException("", "This candidate has already been hired.");
            if (offer is null) throw new DomainRuleException("", "Hiring needs an offer the candidate accepted.");
            if (offer.Version != request.Version)
                throw new ConcurrencyConflictException("Someone else changed this offer after you opened it. Reload to see where it stands.");
            // The hire is saved against the version HR saw: of two hires racing past the checks above, the database lets one through.
            db.Entry(offer).Property(o => o.Version).OriginalValue = request.Version;

            var (candidate, opening, now) = (application.Candidate, application.Opening, clock.UtcNow);
            var transfer = candidate.Employee is not null;
            var employee = transfer ? Transfer(candidate.Employee!, offer, opening) : await NewEmployeeAsync(request, candidate, offer, opening, ct);
            application.MarkHired(opening.Stages.Single(s => s.Kind == StageKind.Hired), now);
            offer.MarkHired(employee, candidate, transfer, now);
            opening.Requisition.RecordHire(now);
            if (opening.Requisition.IsFilled) opening.Close(now);
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateConcurrencyException)
            {
                throw new ConcurrencyConflictException("Someone else hired this candidate, or filled the requisition's last place, while you were saving. Reload to see where it stands.");
            }
            catch (DbUpdateException e) when (e.InnerException is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 19 })
            {
                throw new DomainRuleException(nameof(Command.WorkEmail), "This candidate has already been hired, or the work email is already in use.");
            }
            return employee.Id;
        }

        /// <summary>Someone who works here already moves to the offered job on the first day; their account stays theirs.</summary>
        private Employee Transfer(Employee employee, Offer offer, Opening opening)
        {
            if (employee.Status == EmployeeStatus.Left)
                throw new DomainRuleException("", "This person has left; their job cannot change.");
            // Nobody manages themselves: a hiring manager who hires into their own opening keeps their manager.
            var managerId = opening.HiringManagerId == employee.Id ? employee.ManagerId : opening.HiringManagerId;
            employee.ChangeJob(JobChangeKind.Transfer, offer.StartDate, opening.DepartmentId, offer.PositionId, opening.LocationId, managerId,
                $"Hired through the opening {opening.Title}", clock.Today);
            return employee;
        }

        private async Task<Employee> NewEmployeeAsync(Command request, Candidate candidate, Offer offer, Opening opening, CancellationToken ct)
        {
            var workEmail = request.WorkEmail?.Trim();
            if (string.IsNullOrEmpty(workEmail) || !new EmailAddressAttribute().IsValid(workEmail) || workEmail.Length > 256)
                throw new DomainRuleException(nameof(Command.WorkEmail), "Give the new employee's work email.");
            if (await db.Employees.AnyAsync(e => e.WorkEmail == workEmail, ct) || await db.Users.AnyAsync(u => u.NormalizedEmail == workEmail.ToUpperInvariant(), ct))
                throw new DomainRuleException(nameof(Command.WorkEmail), "This work email is already in use.");
            var employee = Employee.Hire(candidate.FirstName, candidate.LastName, workEmail, offer.StartDate, opening.DepartmentId, offer.PositionId,
                opening.LocationId, opening.HiringManagerId, opening.EmploymentType);
            // What the candidate told us comes along: their own address (where the invitation goes), phone and skills.
            employee.PersonalEmail = candidate.Email;
            employee.PersonalPhone = candidate.Phone;
            foreach (var skill in Candidate.SplitSkills(candidate.Skills).Where(s => s.Length <= 60).DistinctBy(s => s.ToUpperInvariant()).Take(EditMyProfile.MaxTags))
                employee.Tags.Add(new EmployeeTag { Kind = TagKind.Skill, Name = skill });
            db.Employees.Add(employee);
            candidate.Employee = employee;
            return employee;
        }
    }
}
