using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Recruitment;
using ErmPortal.Web.Infrastructure;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment.Offers;

/// <summary>One offer for the team that makes it: its terms, where it stands and what may be done with it next.</summary>
public static class GetOffer
{
    public record Query(int Id) : IRequest<Model>;

    public record Model(int Id, int ApplicationId, int CandidateId, string CandidateName, string OpeningTitle, string PositionTitle,
        decimal YearlySalary, string Currency, DateOnly StartDate, string? Note, OfferStatus Status, bool OutsideRange,
        decimal SalaryFrom, decimal SalaryTo, string RangeCurrency, DateTime DraftedAtUtc, string? ApprovalNote, DateTime? ApprovalDecidedAtUtc,
        string? DeclineReason, DateTime? SentAtUtc, DateTime? ClosedAtUtc, DateTime? HiredAtUtc, Guid Version)
    {
        /// <summary>An HR person other than the one who drafted it, while the offer waits for approval.</summary>
        public bool CanDecideApproval { get; init; }
        /// <summary>The viewer drafted it and waits for a colleague.</summary>
        public bool WaitsForColleague { get; init; }
        public bool IsHr { get; init; }
    }

    public class Handler(ErmDbContext db, OfferTeam team, ICurrentUser user) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            await team.RequireForOfferAsync(request.Id, ct);
            var found = await db.Set<Offer>().Where(o => o.Id == request.Id).Select(o => new
            {
                o.DraftedByUserId,
                Model = new Model(o.Id, o.ApplicationId, o.Application.CandidateId, o.Application.Candidate.FirstName + " " + o.Application.Candidate.LastName,
                    o.Application.Opening.Title, o.Position.Title, o.YearlySalary, o.Currency, o.StartDate, o.Note, o.Status, o.OutsideRange,
                    o.Application.Opening.Requisition.SalaryFrom, o.Application.Opening.Requisition.SalaryTo, o.Application.Opening.Requisition.Currency,
                    o.DraftedAtUtc, o.ApprovalNote, o.ApprovalDecidedAtUtc, o.DeclineReason, o.SentAtUtc, o.ClosedAtUtc, o.HiredAtUtc, o.Version),
            }).FirstAsync(ct);
            var hr = user.IsInRole(Roles.Hr);
            var pending = found.Model.Status == OfferStatus.PendingApproval;
            var mine = found.DraftedByUserId == user.UserId;
            return found.Model with { IsHr = hr, CanDecideApproval = hr && pending && !mine, WaitsForColleague = pending && mine };
        }
    }
}
