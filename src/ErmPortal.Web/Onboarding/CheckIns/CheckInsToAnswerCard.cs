using ErmPortal.Data;
using ErmPortal.Data.Onboarding;
using ErmPortal.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Onboarding.CheckIns;

/// <summary>"Check-ins to answer" on the home page of a new hire or their manager, once one has opened; nothing for anyone else.</summary>
public class CheckInsToAnswerCard(IMediator mediator) : ViewComponent
{
    public record Query : IRequest<IReadOnlyList<Line>>;

    public record Line(int Id, int DayMark, CheckInRespondent Respondent, string PersonName, DateOnly DueDate);

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var lines = await mediator.Send(new Query());
        return lines.Count > 0 ? View("~/Onboarding/CheckIns/CheckInsToAnswerCard.cshtml", lines) : Content(string.Empty);
    }

    public class Handler(ErmDbContext db, ICurrentUser user, IClock clock) : IRequestHandler<Query, IReadOnlyList<Line>>
    {
        public async Task<IReadOnlyList<Line>> Handle(Query request, CancellationToken ct)
        {
            if (user.EmployeeId is not { } me) return [];
            var opened = clock.Today.AddDays(AnswerCheckIn.OpensDaysBefore);
            return await db.Set<CheckIn>()
                .Where(c => c.RespondentId == me && c.SubmittedAtUtc == null && c.DueDate <= opened)
                .Where(CheckIn.StillAsked)
                .OrderBy(c => c.DueDate).ThenBy(c => c.Id).Take(5)
                .Select(c => new Line(c.Id, c.DayMark, c.Respondent,
                    (c.Plan.Employee.PreferredName ?? c.Plan.Employee.LegalFirstName) + " " + c.Plan.Employee.LegalLastName, c.DueDate))
                .ToListAsync(ct);
        }
    }
}
