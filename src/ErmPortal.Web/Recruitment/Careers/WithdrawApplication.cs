using System.ComponentModel.DataAnnotations;
using ErmPortal.Data;
using ErmPortal.Data.Recruitment;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment.Careers;

/// <summary>The candidate takes back one of their applications from their private page, saying why if they wish.</summary>
public static class WithdrawApplication
{
    /// <summary>The confirmation page: which application, so the candidate withdraws the one they mean.</summary>
    public record Query(string Token, int ApplicationId) : IRequest<Model>;

    public record Model(string Token, int ApplicationId, string OpeningTitle, Command Form);

    public record Command : ICommand
    {
        [BindNever]
        public string Token { get; set; } = "";
        [BindNever]
        public int ApplicationId { get; set; }
        [Display(Name = "Why are you withdrawing? (optional)")]
        public string? Reason { get; set; }
    }

    public class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Reason).MaximumLength(1000);
    }

    public class QueryHandler(ErmDbContext db, CandidateLinks links) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var candidateId = await links.CandidateIdOfAsync(request.Token, ct) ?? throw new NotFoundException();
            var title = await db.Set<JobApplication>().Where(a => a.Id == request.ApplicationId && a.CandidateId == candidateId)
                .Select(a => a.Opening.Title).FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
            return new Model(request.Token, request.ApplicationId, title, new Command { Token = request.Token, ApplicationId = request.ApplicationId });
        }
    }

    public class Handler(ErmDbContext db, CandidateLinks links, IClock clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            // Another candidate's application, through a link of one's own, is "not found" like one that does not exist.
            var candidateId = await links.CandidateIdOfAsync(request.Token, ct) ?? throw new NotFoundException();
            var application = await db.Set<JobApplication>().Include(a => a.Stage).Include(a => a.Candidate).Include(a => a.StageVisits.Where(v => v.LeftAtUtc == null))
                .Include(a => a.Opening).ThenInclude(o => o.Stages)
                .FirstOrDefaultAsync(a => a.Id == request.ApplicationId && a.CandidateId == candidateId, ct) ?? throw new NotFoundException();
            application.Withdraw(application.Opening.Stages.Single(s => s.Kind == StageKind.Withdrawn), request.Reason, clock.UtcNow);
            return Unit.Value;
        }
    }
}
