using ErmPortal.Data;
using ErmPortal.Data.Compensation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Compensation.Cycles;

/// <summary>The open compensation cycle taking effect last, if any: where a manager's pay review is.</summary>
public record FindOpenCycle : IRequest<int?>;

public class FindOpenCycleHandler(ErmDbContext db) : IRequestHandler<FindOpenCycle, int?>
{
    public Task<int?> Handle(FindOpenCycle request, CancellationToken ct) =>
        db.Set<CompensationCycle>().Where(c => c.Status == CompensationCycleStatus.Open)
            .OrderByDescending(c => c.EffectiveOn).ThenByDescending(c => c.Id).Select(c => (int?)c.Id).FirstOrDefaultAsync(ct);
}
