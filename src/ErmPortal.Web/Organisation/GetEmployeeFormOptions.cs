using ErmPortal.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Organisation;

public record Lookup(int Id, string Name);

/// <summary>The choices an employee form offers: departments, positions, locations and the people who manage others.</summary>
public static class GetEmployeeFormOptions
{
    public record Query : IRequest<Model>;

    public record Model(IReadOnlyList<Lookup> Departments, IReadOnlyList<Lookup> Positions, IReadOnlyList<Lookup> Locations,
        IReadOnlyList<ManagerOption> Managers);

    public record ManagerOption(string WorkEmail, string Name);

    public class Handler(ErmDbContext db) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken cancellationToken)
        {
            var departments = await db.Departments.OrderBy(d => d.Name).Select(d => new Lookup(d.Id, d.Name)).ToListAsync(cancellationToken);
            var positions = await db.Positions.OrderBy(p => p.Title).ThenBy(p => p.Level)
                .Select(p => new Lookup(p.Id, p.Title)).ToListAsync(cancellationToken);
            var locations = await db.Locations.OrderBy(l => l.Name).Select(l => new Lookup(l.Id, l.Name)).ToListAsync(cancellationToken);
            // Suggestions only: any employee can be chosen by work email; these are the people who already lead someone.
            var managers = await db.Employees.Where(e => e.DirectReports.Any())
                .OrderBy(e => e.LegalLastName).ThenBy(e => e.LegalFirstName)
                .Select(e => new ManagerOption(e.WorkEmail, (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName))
                .ToListAsync(cancellationToken);
            return new Model(departments, positions, locations, managers);
        }
    }
}
