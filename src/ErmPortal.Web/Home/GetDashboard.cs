using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Modules;
using MediatR;

namespace ErmPortal.Web.Home;

/// <summary>
/// The home page: the cards modules contributed that this person's roles may see, in their order. Each card reads
/// its own data when drawn; the home page knows none of them.
/// </summary>
public static class GetDashboard
{
    public record Query : IRequest<Model>;

    public record Model(IReadOnlyList<DashboardCard> Cards);

    public class Handler(IEnumerable<DashboardCard> cards, ICurrentUser user) : IRequestHandler<Query, Model>
    {
        public Task<Model> Handle(Query request, CancellationToken cancellationToken) =>
            Task.FromResult(new Model(cards.Where(c => c.IsFor(user)).OrderBy(c => c.Order).ThenBy(c => c.ViewComponent.FullName).ToList()));
    }
}
