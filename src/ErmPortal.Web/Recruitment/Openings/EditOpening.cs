using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Recruitment;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Shared;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment.Openings;

/// <summary>HR edits what an opening says and who hires and interviews for it; a form opened before someone else's save is refused.</summary>
public static class EditOpening
{
    [RequireRole(Roles.Hr)]
    public record Query(int Id) : IRequest<Command>;

    [RequireRole(Roles.Hr)]
    public record Command : OpeningForm, ICommand
    {
        public int Id { get; set; }
        /// <summary>The version the form was opened on; a different one in the database means someone saved in between.</summary>
        public Guid Version { get; set; }
    }

    public class Validator(ErmDbContext db) : OpeningFormValidator<Command>(db);

    public class QueryHandler(ErmDbContext db, OpeningAccess access) : IRequestHandler<Query, Command>
    {
        public async Task<Command> Handle(Query request, CancellationToken ct)
        {
            await access.RequireAsync(request.Id, OpeningOperations.Manage, ct);
            return await db.Set<Opening>().Where(o => o.Id == request.Id).Select(o => new Command
            {
                Id = o.Id, Version = o.Version, Title = o.Title, DescriptionHtml = o.DescriptionHtml, RequiredSkills = o.RequiredSkills,
                EmploymentType = o.EmploymentType, Audience = o.Audience, HiringManagerEmail = o.HiringManager.WorkEmail,
                InterviewerEmails = o.Interviewers.OrderBy(i => i.Employee.LegalLastName).Select(i => (string?)i.Employee.WorkEmail).ToList(),
                RequisitionSummary = o.Position.Title + " · " + o.Department.Name + " · " + o.Location.Name,
            }).FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
        }
    }

    public class Handler(ErmDbContext db, OpeningAccess access) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            await access.RequireAsync(request.Id, OpeningOperations.Manage, ct);
            var opening = await db.Set<Opening>().Include(o => o.Interviewers).FirstOrDefaultAsync(o => o.Id == request.Id, ct)
                          ?? throw new NotFoundException();
            if (opening.Version != request.Version)
                throw new ConcurrencyConflictException(
                    "Someone else saved changes to this opening after you opened the form. Their values are shown next to each field; save again to replace them with yours.",
                    await ChangedMeanwhileAsync(opening.Id, request, ct), opening.Version);
            // EF also checks the version in the UPDATE, for a save that lands between this read and ours.
            db.Entry(opening).Property(o => o.Version).OriginalValue = request.Version;

            var (hiringManagerId, interviewerIds) = await OpeningPeople.ResolveAsync(db, request, ct);
            opening.Title = request.Title.Trim();
            opening.DescriptionHtml = FormattedText.Sanitize(request.DescriptionHtml);
            opening.RequiredSkills = request.TidySkills();
            opening.EmploymentType = request.EmploymentType;
            opening.Audience = request.Audience;
            opening.HiringManagerId = hiringManagerId;
            opening.SetInterviewers(interviewerIds);
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateConcurrencyException)
            {
                throw new ConcurrencyConflictException("Someone else saved changes to this opening while you were saving. Reload the page to see the current values.");
            }
            return Unit.Value;
        }

        /// <summary>What the opening holds now where it differs from what the form posted, field by field.</summary>
        private async Task<Dictionary<string, string?>> ChangedMeanwhileAsync(int id, Command posted, CancellationToken ct)
        {
            var now = await db.Set<Opening>().Where(o => o.Id == id).Select(o => new
            {
                o.Title, o.DescriptionHtml, o.RequiredSkills, o.EmploymentType, o.Audience, Manager = o.HiringManager.WorkEmail,
                Interviewers = o.Interviewers.Select(i => i.Employee.WorkEmail).ToList(),
            }).FirstAsync(ct);
            static string Set(IEnumerable<string> emails) => string.Join(", ", emails.Select(e => e.ToLowerInvariant()).Order());
            var fields = new (string Field, string? Now, string? Posted)[]
            {
                (nameof(Command.Title), now.Title, posted.Title.Trim()),
                (nameof(Command.DescriptionHtml), now.DescriptionHtml, FormattedText.Sanitize(posted.DescriptionHtml)),
                (nameof(Command.RequiredSkills), now.RequiredSkills, posted.TidySkills()),
                (nameof(Command.EmploymentType), now.EmploymentType.ToString(), posted.EmploymentType.ToString()),
                (nameof(Command.Audience), now.Audience.ToString(), posted.Audience.ToString()),
                (nameof(Command.HiringManagerEmail), now.Manager, posted.HiringManagerEmail?.Trim()),
                (nameof(Command.InterviewerEmails), Set(now.Interviewers), Set(posted.NamedInterviewers)),
            };
            return fields.Where(f => !string.Equals(f.Now, f.Posted, StringComparison.OrdinalIgnoreCase)).ToDictionary(f => f.Field, f => f.Now);
        }
    }
}
