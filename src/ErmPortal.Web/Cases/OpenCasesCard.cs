using ErmPortal.Data.Accounts;
using ErmPortal.Data.Cases;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Cases;

/// <summary>HR's home-page card: how many cases are open, by kind, and since when the oldest. Counts only, no names.</summary>
public class OpenCasesCard(IMediator mediator) : ViewComponent
{
    [RequireRole(Roles.Hr)]
    public record Query : IRequest<Model>;

    public record KindCount(CaseKind Kind, int Count);

    public record Model(int Open, IReadOnlyList<KindCount> ByKind, DateOnly? OldestSince);

    public async Task<IViewComponentResult> InvokeAsync() => View("~/Cases/OpenCasesCard.cshtml", await mediator.Send(new Query()));

    /// <summary>Kept until a case is written; per HR person, since nobody counts the cases about themselves.</summary>
    public class Handler(CaseAccess access, KeptResults kept, ICurrentUser user) : IRequestHandler<Query, Model>
    {
        public Task<Model> Handle(Query request, CancellationToken cancellationToken) =>
            kept.GetAsync((nameof(OpenCasesCard), user.EmployeeId), ["HrCases"], CountAsync, cancellationToken);

        private async Task<Model> CountAsync(CancellationToken ct)
        {
            var kinds = await access.Handled().Where(c => c.Status == CaseStatus.Open).GroupBy(c => c.Kind)
                .Select(g => new { Kind = g.Key, Count = g.Count(), Oldest = g.Min(c => c.OpenedOn) }).ToListAsync(ct);
            return new Model(kinds.Sum(k => k.Count), kinds.OrderByDescending(k => k.Count).ThenBy(k => k.Kind).Select(k => new KindCount(k.Kind, k.Count)).ToList(),
                kinds.Count == 0 ? null : kinds.Min(k => k.Oldest));
        }
    }
}
