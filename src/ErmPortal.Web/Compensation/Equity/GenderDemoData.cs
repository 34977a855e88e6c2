using ErmPortal.Data;
using ErmPortal.Data.Organisation;
using ErmPortal.Web.Infrastructure.Modules;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Compensation.Equity;

/// <summary>
/// The demo organisation's recorded genders, for the pay equity page: most people have given theirs (in roughly equal
/// numbers of women and men, a few non-binary or preferring not to say), some have not. Before demo pay, which reads them.
/// </summary>
public class GenderDemoData(ErmDbContext db) : IDemoDataSeeder
{
    public int Order => 290;

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var random = new Random(290);
        var ids = await db.Employees.OrderBy(e => e.Id).Select(e => e.Id).ToListAsync(ct);
        var chosen = ids.Select(id => (Id: id, Gender: Pick(random.NextDouble()))).Where(p => p.Gender is not null).ToLookup(p => p.Gender!.Value, p => p.Id);
        // A set-based update per gender: a seeded organisation is not a series of edits to audit. The ids go as one
        // parameter: tens of thousands would pass SQLite's limit on a statement's parameters.
        foreach (var group in chosen)
        {
            var members = group.ToList();
            await db.Employees.Where(e => EF.Parameter(members).Contains(e.Id)).ExecuteUpdateAsync(s => s.SetProperty(e => e.Gender, group.Key), ct);
        }
    }

    private static Gender? Pick(double roll) => roll switch
    {
        < 0.46 => Gender.Female,
        < 0.92 => Gender.Male,
        < 0.94 => Gender.NonBinary,
        < 0.96 => Gender.PreferNotToSay,
        _ => null,
    };
}
