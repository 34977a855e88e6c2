using ErmPortal.Web.Infrastructure;
using MediatR;

namespace ErmPortal.Web.Learning.Development;

/// <summary>The courses recommended to the viewer, best first, each with its reasons; at most ten.</summary>
public static class ListRecommendations
{
    public record Query(int Take = RecommendationRanking.Shown) : IRequest<IReadOnlyList<Recommendation>>;

    public class Handler(RecommendationReader reader, ICurrentUser user) : IRequestHandler<Query, IReadOnlyList<Recommendation>>
    {
        public async Task<IReadOnlyList<Recommendation>> Handle(Query request, CancellationToken ct) =>
            user.EmployeeId is { } me ? await reader.ForAsync(me, request.Take, ct) : [];
    }
}
