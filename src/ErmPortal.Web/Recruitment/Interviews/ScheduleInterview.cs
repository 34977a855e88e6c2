using ErmPortal.Data;
using ErmPortal.Data.Recruitment;
using ErmPortal.Data.Shared;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment.Interviews;

/// <summary>
/// The hiring manager or a recruiter arranges an interview for an application still open: when, how long, who
/// interviews and where. Whoever is asked to interview joins the opening's interviewers, so they can read the
/// candidate they will meet and write their scorecard.
/// </summary>
public static class ScheduleInterview
{
    public record Query(int ApplicationId) : IRequest<Model>
    {
        public Command? Form { get; init; }
    }

    public record Model(ApplicationHeading Application, Command Form, IReadOnlyList<InterviewerOption> Interviewers, string TimeZone);

    public class Command : InterviewForm, ICommand<int>
    {
        /// <summary>From the address, so that it is known when the form is validated, before the action runs.</summary>
        [FromRoute(Name = "id")]
        public int ApplicationId { get; set; }
    }

    public class Validator : InterviewFormRules<Command>
    {
        public Validator(ErmDbContext db, InterviewPlanning planning, IClock clock) : base(db, planning, clock) =>
            RuleFor(c => c.ApplicationId)
                .MustAsync((id, ct) => db.Set<JobApplication>().AnyAsync(a => a.Id == id && a.EndedAtUtc == null, ct))
                .WithMessage("This application has ended; no interview can be scheduled for it.");
    }

    public class QueryHandler(ErmDbContext db, OpeningAccess access, InterviewPlanning planning) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var application = await ApplicationHeading.LoadAsync(db, request.ApplicationId, ct);
            await access.RequireAsync(application.OpeningId, OpeningOperations.MoveCandidates, ct);
            var form = request.Form ?? new Command { ApplicationId = request.ApplicationId };
            return new Model(application, form, await planning.OptionsAsync(application.OpeningId, form.InterviewerIds, ct), planning.Zone.Id);
        }
    }

    public class Handler(ErmDbContext db, OpeningAccess access, InterviewPlanning planning, ICurrentUser user, IClock clock) : IRequestHandler<Command, int>
    {
        public async Task<int> Handle(Command request, CancellationToken ct)
        {
            var application = await db.Set<JobApplication>().Include(a => a.Stage).FirstOrDefaultAsync(a => a.Id == request.ApplicationId, ct)
                              ?? throw new NotFoundException();
            await access.RequireAsync(application.OpeningId, OpeningOperations.MoveCandidates, ct);
            if (user.EmployeeId is not { } organizerId)
                throw new DomainRuleException("", "Only someone with an employee record can schedule an interview.");
            var plan = await planning.PlanAsync(request, ct);
            var interview = Interview.Schedule(application, organizerId, plan, clock.UtcNow);
            db.Add(interview);
            await InterviewPanel.JoinOpeningAsync(db, application.OpeningId, plan.InterviewerIds, ct);
            await db.SaveChangesAsync(ct);
            return interview.Id;
        }
    }
}

/// <summary>What being on an interview's panel gives: a place among the opening's interviewers.</summary>
public static class InterviewPanel
{
    /// <summary>
    /// Interviewers read the candidate's application and write scorecards through the opening's hiring team; someone
    /// asked to interview who was not yet on it joins it. Leaving the panel later keeps them there: HR takes people off
    /// an opening's interviewers.
    /// </summary>
    public static async Task JoinOpeningAsync(ErmDbContext db, int openingId, IReadOnlyList<int> interviewerIds, CancellationToken ct)
    {
        var already = await db.Set<OpeningInterviewer>().Where(i => i.OpeningId == openingId && interviewerIds.Contains(i.EmployeeId))
            .Select(i => i.EmployeeId).ToListAsync(ct);
        foreach (var id in interviewerIds.Except(already))
            db.Add(new OpeningInterviewer { OpeningId = openingId, EmployeeId = id });
    }
}
