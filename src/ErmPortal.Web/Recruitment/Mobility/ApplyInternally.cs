using ErmPortal.Data;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Profiles;
using ErmPortal.Data.Recruitment;
using ErmPortal.Data.Shared;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment.Mobility;

/// <summary>
/// An employee applies to an opening with one click: the hiring team learns who they are from their employee record
/// (names, work email and phone, the skills on their profile), so nothing is typed twice; a note to the hiring team is
/// optional. The employee becomes a candidate linked to their record (the same one for every internal application,
/// and the one they may already be from applying on the careers page with their work email).
/// </summary>
public static class ApplyInternally
{
    public const int MaxNoteLength = 5000;

    public record Command : ICommand
    {
        public int OpeningId { get; set; }
        /// <summary>The note to the hiring team: why this job, in the employee's own words.</summary>
        public string? CoverLetter { get; init; }
    }

    public class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.CoverLetter).MaximumLength(MaxNoteLength);
    }

    public class Handler(ErmDbContext db, ICurrentUser user, IClock clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var me = user.EmployeeId ?? throw new NotFoundException();
            var opening = await db.Set<Opening>().Include(o => o.Stages).Include(o => o.Interviewers)
                .FirstOrDefaultAsync(o => o.Id == request.OpeningId && o.Status == OpeningStatus.Published, ct) ?? throw new NotFoundException();
            // Whoever decides on the candidates cannot be one of them.
            if (opening.HiringManagerId == me || opening.Interviewers.Any(i => i.EmployeeId == me))
                throw new DomainRuleException("", "You hire or interview for this opening, so you cannot apply to it.");
            var employee = await db.Employees.Include(e => e.Tags).FirstAsync(e => e.Id == me, ct);
            var candidate = await CandidateOfAsync(employee, ct);
            if (candidate.Id != 0 && await db.Set<JobApplication>().AnyAsync(a => a.OpeningId == opening.Id && a.CandidateId == candidate.Id, ct))
                throw new DomainRuleException("", "You have already applied to this opening.");

            var application = JobApplication.Receive(opening, opening.Stages.Single(s => s.Kind == StageKind.Applied), candidate, CandidateSource.Internal, clock.UtcNow);
            application.IsInternal = true;
            application.CoverLetter = string.IsNullOrWhiteSpace(request.CoverLetter) ? null : request.CoverLetter.Trim();
            db.Add(application);
            return Unit.Value;
        }

        /// <summary>
        /// The employee's candidate record, brought up to date from their employee record; else the candidate their work
        /// email already belongs to (linked to them now); else a new one. One person is one candidate: the email is unique.
        /// </summary>
        private async Task<Candidate> CandidateOfAsync(Employee employee, CancellationToken ct)
        {
            var workEmail = Candidate.Normalize(employee.WorkEmail);
            var candidate = await db.Set<Candidate>().Where(c => c.AnonymisedAtUtc == null && (c.EmployeeId == employee.Id || (c.EmployeeId == null && c.NormalizedEmail == workEmail)))
                .OrderBy(c => c.EmployeeId == employee.Id ? 0 : 1).ThenBy(c => c.Id).FirstOrDefaultAsync(ct);
            var skills = string.Join(", ", employee.Tags.Where(t => t.Kind == TagKind.Skill).OrderBy(t => t.Name).Select(t => t.Name));
            var firstName = employee.PreferredName ?? employee.LegalFirstName;
            if (candidate is null)
            {
                candidate = Candidate.Create(firstName, employee.LegalLastName, employee.WorkEmail, clock.UtcNow);
                candidate.Phone = employee.Phone;
                candidate.Skills = skills.Length == 0 ? null : skills;
                db.Add(candidate);
            }
            else
                candidate.MergeRepeatApplication(firstName, employee.LegalLastName, employee.Phone, skills, consentToTalentPool: false, clock.UtcNow);
            candidate.EmployeeId = employee.Id;
            return candidate;
        }
    }
}
