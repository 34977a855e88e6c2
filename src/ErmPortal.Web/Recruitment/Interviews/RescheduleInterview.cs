using ErmPortal.Data;
using ErmPortal.Data.Recruitment;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment.Interviews;

/// <summary>
/// The hiring team moves an interview, changes its place or its panel. The calendar invite keeps its UID and counts
/// one more change, so the interviewers' calendars update the event they have rather than adding a second one.
/// </summary>
public static class RescheduleInterview
{
    public record Query(int InterviewId) : IRequest<Model>
    {
        public Command? Form { get; init; }
    }

    public record Model(ApplicationHeading Application, Command Form, IReadOnlyList<InterviewerOption> Interviewers, string TimeZone,
        bool IsCancelled);

    public class Command : InterviewForm, ICommand
    {
        public int InterviewId { get; set; }
        public Guid Version { get; set; }
    }

    public class Validator(ErmDbContext db, InterviewPlanning planning, IClock clock) : InterviewFormRules<Command>(db, planning, clock);

    public class QueryHandler(ErmDbContext db, OpeningAccess access, InterviewPlanning planning) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var interview = await db.Set<Interview>().Where(i => i.Id == request.InterviewId)
                .Select(i => new
                {
                    i.ApplicationId, i.StartsAtUtc, i.DurationMinutes, i.Place, i.VideoLink, i.Version, i.Status,
                    Interviewers = i.Interviewers.Select(p => p.EmployeeId).ToList(),
                }).FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
            var application = await ApplicationHeading.LoadAsync(db, interview.ApplicationId, ct);
            await access.RequireAsync(application.OpeningId, OpeningOperations.MoveCandidates, ct);
            var form = request.Form;
            if (form is null)
            {
                form = new Command
                {
                    InterviewId = request.InterviewId, DurationMinutes = interview.DurationMinutes, Place = interview.Place,
                    VideoLink = interview.VideoLink, InterviewerIds = interview.Interviewers, Version = interview.Version,
                };
                planning.ShowStart(form, interview.StartsAtUtc);
            }
            return new Model(application, form, await planning.OptionsAsync(application.OpeningId, form.InterviewerIds, ct), planning.Zone.Id,
                interview.Status == InterviewStatus.Cancelled);
        }
    }

    public class Handler(ErmDbContext db, OpeningAccess access, InterviewPlanning planning, IClock clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var interview = await InterviewLoading.ForChangeAsync(db, access, request.InterviewId, ct);
            if (interview.Version != request.Version)
                throw new ConcurrencyConflictException("Someone else changed this interview after you opened the form. Reload the page to see it as it is now.");
            var plan = await planning.PlanAsync(request, ct);
            interview.Reschedule(plan, clock.UtcNow);
            await InterviewPanel.JoinOpeningAsync(db, interview.Application.OpeningId, plan.InterviewerIds, ct);
            return Unit.Value;
        }
    }
}

/// <summary>The hiring team calls an interview off; the interviewers are told and the invite becomes a cancellation.</summary>
public static class CancelInterview
{
    public record Command(int InterviewId) : ICommand<int>;

    public class Handler(ErmDbContext db, OpeningAccess access, IClock clock) : IRequestHandler<Command, int>
    {
        public async Task<int> Handle(Command request, CancellationToken ct)
        {
            var interview = await InterviewLoading.ForChangeAsync(db, access, request.InterviewId, ct);
            interview.Cancel(clock.UtcNow);
            return interview.ApplicationId;
        }
    }
}

public static class InterviewLoading
{
    /// <summary>An interview with its application and panel, for the hiring manager or a recruiter of its opening; anyone else gets "not found".</summary>
    public static async Task<Interview> ForChangeAsync(ErmDbContext db, OpeningAccess access, int interviewId, CancellationToken ct)
    {
        var interview = await db.Set<Interview>().Include(i => i.Interviewers).Include(i => i.Application).ThenInclude(a => a.Stage)
            .FirstOrDefaultAsync(i => i.Id == interviewId, ct) ?? throw new NotFoundException();
        await access.RequireAsync(interview.Application.OpeningId, OpeningOperations.MoveCandidates, ct);
        return interview;
    }
}
