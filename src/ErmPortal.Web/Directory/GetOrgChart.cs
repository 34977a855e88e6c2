using AutoMapper;
using AutoMapper.QueryableExtensions;
using ErmPortal.Data;
using ErmPortal.Data.Organisation;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Directory;

/// <summary>
/// The reporting tree around one person: their managers up to the top, them, their direct reports and the
/// reports' own reports. Four queries whatever the size of the organisation; people who have left are not shown.
/// </summary>
public static class GetOrgChart
{
    /// <summary>Without an id the chart centres on the viewer, or on the top of the organisation for an account with no employee record.</summary>
    public record Query(int? Id) : IRequest<Model>;

    public record Node
    {
        public int Id { get; init; }
        public int? ManagerId { get; init; }
        public string Name { get; init; } = "";
        public string PositionTitle { get; init; } = "";
        public string DepartmentName { get; init; } = "";
        public string LocationName { get; init; } = "";
        /// <summary>Direct reports who have not left.</summary>
        public int ReportCount { get; init; }
    }

    public record Report(Node Person, IReadOnlyList<Node> Reports);

    /// <summary><see cref="Chain"/> runs from the top of the organisation down to the person's own manager.</summary>
    public record Model(IReadOnlyList<Node> Chain, Node Person, IReadOnlyList<Report> Reports);

    public class MappingProfile : Profile
    {
        public MappingProfile() => CreateMap<Employee, Node>()
            .ForMember(n => n.Name, o => o.MapFrom(e => (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName))
            .ForMember(n => n.ReportCount, o => o.MapFrom(e => e.DirectReports.Count(r => r.Status != EmployeeStatus.Left)));
    }

    public class Handler(ErmDbContext db, AutoMapper.IConfigurationProvider mapping, ICurrentUser user) : IRequestHandler<Query, Model>
    {
        // Deeper than any real organisation; stops the walk up on corrupted data that loops.
        private const int MaxDepth = 64;

        public async Task<Model> Handle(Query request, CancellationToken cancellationToken)
        {
            var id = request.Id ?? user.EmployeeId ?? await TopOfOrganisationAsync(cancellationToken) ?? throw new NotFoundException();
            var chainIds = await ManagerChainAsync(id, cancellationToken);

            var nodes = await Current().Where(e => e.Id == id || chainIds.Contains(e.Id))
                .ProjectTo<Node>(mapping).ToDictionaryAsync(n => n.Id, cancellationToken);
            // Unknown and left look the same: there is nobody here to show.
            if (!nodes.TryGetValue(id, out var person)) throw new NotFoundException();
            // A manager who has left is skipped; the line continues with the one above them.
            var chain = chainIds.AsEnumerable().Reverse().Where(nodes.ContainsKey).Select(managerId => nodes[managerId]).ToList();

            var reports = await ByName(Current().Where(e => e.ManagerId == id))
                .ProjectTo<Node>(mapping).ToListAsync(cancellationToken);
            // The next level for every report in one query, so expanding a branch needs no query per person.
            var nextLevel = (await ByName(Current().Where(e => e.Manager!.ManagerId == id))
                    .ProjectTo<Node>(mapping).ToListAsync(cancellationToken))
                .ToLookup(n => n.ManagerId);
            return new Model(chain, person, reports.Select(r => new Report(r, nextLevel[r.Id].ToList())).ToList());
        }

        private IQueryable<Employee> Current() => db.Employees.Where(e => e.Status != EmployeeStatus.Left);

        private static IQueryable<Employee> ByName(IQueryable<Employee> people) =>
            people.OrderBy(e => e.LegalLastName).ThenBy(e => e.LegalFirstName).ThenBy(e => e.Id);

        private Task<int?> TopOfOrganisationAsync(CancellationToken cancellationToken) =>
            Current().Where(e => e.ManagerId == null).OrderBy(e => e.Id).Select(e => (int?)e.Id).FirstOrDefaultAsync(cancellationToken);

        /// <summary>
        /// The person's managers, nearest first, in one query however deep the line: SQLite follows the manager
        /// links itself. Names are EF's defaults for the Employees table.
        /// </summary>
        private async Task<List<int>> ManagerChainAsync(int employeeId, CancellationToken cancellationToken)
        {
            var chain = await db.Database.SqlQuery<int>($"""
                WITH RECURSIVE chain(Id, Depth) AS (
                    SELECT ManagerId, 1 FROM Employees WHERE Id = {employeeId} AND ManagerId IS NOT NULL
                    UNION ALL
                    SELECT e.ManagerId, c.Depth + 1 FROM chain c JOIN Employees e ON e.Id = c.Id
                    WHERE e.ManagerId IS NOT NULL AND c.Depth < {MaxDepth})
                SELECT Id AS Value FROM chain ORDER BY Depth
                """).ToListAsync(cancellationToken);
            return chain.Distinct().Where(managerId => managerId != employeeId).ToList();
        }
    }
}
