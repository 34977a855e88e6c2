using System.ComponentModel.DataAnnotations;
using ErmPortal.Data;
using ErmPortal.Data.Recruitment;
using ErmPortal.Data.Shared;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Organisation;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment.Offers;

/// <summary>
/// HR or the hiring manager drafts an offer for an application in an offer stage: the yearly salary, the first day and
/// the position (the opening's unless changed). Pay outside the requisition's range will need an HR colleague's approval.
/// </summary>
public static class DraftOffer
{
    public record Query(int ApplicationId) : IRequest<Model>
    {
        public Command? Form { get; init; }
    }

    public record Model(Command Form, string CandidateName, int CandidateId, string OpeningTitle, decimal SalaryFrom, decimal SalaryTo, string RangeCurrency,
        IReadOnlyList<Lookup> Positions, int? LiveOfferId, bool InOfferStage);

    public record Command : ICommand<int>
    {
        public int ApplicationId { get; set; }
        [Display(Name = "Yearly salary")]
        public decimal? YearlySalary { get; set; }
        [Display(Name = "Currency")]
        public string Currency { get; set; } = "EUR";
        [Display(Name = "Start date")]
        public DateOnly? StartDate { get; set; }
        [Display(Name = "Position")]
        public int PositionId { get; set; }
        [Display(Name = "Note for the letter")]
        public string? Note { get; set; }
    }

    public class Validator : AbstractValidator<Command>
    {
        public Validator(ErmDbContext db, IClock clock)
        {
            RuleFor(c => c.YearlySalary).NotNull().WithMessage("Give the yearly salary you offer.")
                .GreaterThan(0).WithMessage("The salary must be more than zero.")
                .LessThan(100_000_000).WithMessage("The salary is too large.");
            RuleFor(c => c.Currency).Matches("^[A-Z]{3}$").WithMessage("Use a three-letter currency code, such as EUR.");
            RuleFor(c => c.StartDate).NotNull().WithMessage("Choose the first working day.")
                .Must(d => d >= clock.Today && d <= clock.Today.AddYears(2)).WithMessage("The start date must be from today and within two years.");
            RuleFor(c => c.PositionId).MustAsync((id, ct) => db.Positions.AnyAsync(p => p.Id == id, ct)).WithMessage("Choose a position.");
            RuleFor(c => c.Note).MaximumLength(2000);
        }
    }

    public class QueryHandler(ErmDbContext db, OfferTeam team) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            await team.RequireForApplicationAsync(request.ApplicationId, ct);
            var found = await db.Set<JobApplication>().Where(a => a.Id == request.ApplicationId).Select(a => new
            {
                a.CandidateId, Candidate = a.Candidate.FirstName + " " + a.Candidate.LastName, a.Opening.Title, a.Opening.PositionId,
                a.Opening.Requisition.SalaryFrom, a.Opening.Requisition.SalaryTo, a.Opening.Requisition.Currency, a.Opening.Requisition.TargetStartDate,
                InOfferStage = a.Stage.Kind == StageKind.Offer,
            }).FirstAsync(ct);
            var live = await db.Set<Offer>().Where(o => o.ApplicationId == request.ApplicationId && Offer.Live.Contains(o.Status))
                .Select(o => (int?)o.Id).FirstOrDefaultAsync(ct);
            var positions = await db.Positions.OrderBy(p => p.Title).ThenBy(p => p.Level).Select(p => new Lookup(p.Id, p.Title)).ToListAsync(ct);
            var form = request.Form ?? new Command
            {
                ApplicationId = request.ApplicationId, Currency = found.Currency, PositionId = found.PositionId, StartDate = found.TargetStartDate,
            };
            return new Model(form, found.Candidate, found.CandidateId, found.Title, found.SalaryFrom, found.SalaryTo, found.Currency, positions, live,
                found.InOfferStage);
        }
    }

    public class Handler(ErmDbContext db, OfferTeam team, ICurrentUser user, IClock clock) : IRequestHandler<Command, int>
    {
        public async Task<int> Handle(Command request, CancellationToken ct)
        {
            await team.RequireForApplicationAsync(request.ApplicationId, ct);
            var application = await db.Set<JobApplication>().Include(a => a.Stage).Include(a => a.Opening).ThenInclude(o => o.Requisition)
                .FirstAsync(a => a.Id == request.ApplicationId, ct);
            // Said in words here; the unique index refuses the second of two drafts racing past this check.
            if (await db.Set<Offer>().AnyAsync(o => o.ApplicationId == application.Id && Offer.Live.Contains(o.Status), ct))
                throw new DomainRuleException("", "This candidate already has an offer in progress; withdraw it before drafting another.");
            var offer = Offer.Draft(application, application.Opening.Requisition, request.YearlySalary!.Value, request.Currency, request.StartDate!.Value,
                request.PositionId, request.Note, user.UserId!, clock.UtcNow);
            db.Set<Offer>().Add(offer);
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException e) when (e.InnerException is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 19 })
            {
                throw new DomainRuleException("", "This candidate already has an offer in progress; withdraw it before drafting another.");
            }
            return offer.Id;
        }
    }
}
