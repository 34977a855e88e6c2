using AutoMapper;
using AutoMapper.QueryableExtensions;
using ErmPortal.Data;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Profiles;
using ErmPortal.Web.Organisation;
using ErmPortal.Web.Shared;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Directory;

/// <summary>
/// The staff directory: how any signed-in person finds a colleague. It selects only what every colleague may
/// see (name, title, department, location, work contact, manager, skills); personal contact, sensitive
/// details, status and dates are never read, so no view can show them by mistake.
/// </summary>
public static class SearchDirectory
{
    /// <summary>Fills whole rows of one, two, three or four cards.</summary>
    public const int DefaultPageSize = 24;

    public enum SortBy { Name, Title, Department, Location }

    public record Query : IRequest<Model>
    {
        /// <summary>Every word must match a name, preferred name, title, department, location or skill.</summary>
        public string? Search { get; init; }
        public int? DepartmentId { get; init; }
        public int? LocationId { get; init; }
        /// <summary>A skill's exact name (case aside), as the filter offers it.</summary>
        public string? Skill { get; init; }
        public SortBy Sort { get; init; }
        public int Page { get; init; } = 1;
        public int PageSize { get; init; } = DefaultPageSize;

        public bool IsFiltered => !string.IsNullOrWhiteSpace(Search) || DepartmentId is not null || LocationId is not null
                                  || !string.IsNullOrWhiteSpace(Skill);
    }

    public record Card
    {
        public int Id { get; init; }
        public string Name { get; init; } = "";
        public string? Pronouns { get; init; }
        public string PositionTitle { get; init; } = "";
        public string DepartmentName { get; init; } = "";
        public string LocationName { get; init; } = "";
        public string WorkEmail { get; init; } = "";
        /// <summary>The work phone; the personal one is never read here.</summary>
        public string? Phone { get; init; }
        public int? ManagerId { get; init; }
        public string? ManagerName { get; init; }
        public IReadOnlyList<string> Skills { get; init; } = [];
        public bool HasPhoto { get; init; }
    }

    public record Model(Query Query, Page<Card> People, IReadOnlyList<Lookup> Departments, IReadOnlyList<Lookup> Locations,
        IReadOnlyList<string> Skills);

    public class MappingProfile : Profile
    {
        public MappingProfile() => CreateMap<Employee, Card>()
            .ForMember(c => c.Name, o => o.MapFrom(e => (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName))
            // A manager who has left is nobody to contact; until HR assigns a new one the card shows none.
            .ForMember(c => c.ManagerId, o => o.MapFrom(e => e.Manager != null && e.Manager.Status != EmployeeStatus.Left ? e.ManagerId : null))
            .ForMember(c => c.ManagerName, o => o.MapFrom(e => e.Manager != null && e.Manager.Status != EmployeeStatus.Left
                ? (e.Manager.PreferredName ?? e.Manager.LegalFirstName) + " " + e.Manager.LegalLastName
                : null))
            .ForMember(c => c.HasPhoto, o => o.MapFrom(e => e.PhotoKey != null))
            .ForMember(c => c.Skills, o => o.Ignore());
    }

    public class Handler(ErmDbContext db, AutoMapper.IConfigurationProvider mapping) : IRequestHandler<Query, Model>
    {
        // A handful of words finds anyone; more would only lengthen the query.
        private const int MaxWords = 5;
        private const string LikeEscape = "\\";

        public async Task<Model> Handle(Query request, CancellationToken cancellationToken)
        {
            var people = db.Employees.Where(e => e.Status != EmployeeStatus.Left);
            // Each word narrows the list, so "Rossi SQL" finds the Rossi who knows SQL.
            foreach (var word in Words(request.Search))
            {
                var pattern = "%" + EscapeLike(word) + "%";
                // Titles, departments, locations and skills are matched once each as lists of ids (IN), not joined
                // and tested per person: the scan over people then reads only the directory's covering index.
                var titled = db.Positions.Where(p => EF.Functions.Like(p.Title, pattern, LikeEscape)).Select(p => p.Id);
                var inDepartment = db.Departments.Where(d => EF.Functions.Like(d.Name, pattern, LikeEscape)).Select(d => d.Id);
                var atLocation = db.Locations.Where(l => EF.Functions.Like(l.Name, pattern, LikeEscape)).Select(l => l.Id);
                var skilled = db.EmployeeTags.Where(t => t.Kind == TagKind.Skill && EF.Functions.Like(t.Name, pattern, LikeEscape))
                    .Select(t => t.EmployeeId);
                people = people.Where(e =>
                    EF.Functions.Like(e.LegalLastName, pattern, LikeEscape)
                    || EF.Functions.Like(e.LegalFirstName, pattern, LikeEscape)
                    || EF.Functions.Like(e.PreferredName!, pattern, LikeEscape)
                    || titled.Contains(e.PositionId)
                    || inDepartment.Contains(e.DepartmentId)
                    || atLocation.Contains(e.LocationId)
                    || skilled.Contains(e.Id));
            }
            if (request.DepartmentId is { } departmentId)
                people = people.Where(e => e.DepartmentId == departmentId);
            if (request.LocationId is { } locationId)
                people = people.Where(e => e.LocationId == locationId);
            if (!string.IsNullOrWhiteSpace(request.Skill))
            {
                var skill = request.Skill.Trim();
                var skilled = db.EmployeeTags.Where(t => t.Kind == TagKind.Skill && t.Name == skill).Select(t => t.EmployeeId);
                people = people.Where(e => skilled.Contains(e.Id));
            }

            var page = await Sorted(people, request.Sort).ProjectTo<Card>(mapping)
                .ToPageAsync(request.Page, request.PageSize, cancellationToken);

            // One query for the skills of everyone on the page, however many that is.
            var ids = page.Items.Select(c => c.Id).ToList();
            var skills = (await db.EmployeeTags.Where(t => t.Kind == TagKind.Skill && ids.Contains(t.EmployeeId))
                    .OrderBy(t => t.Name).Select(t => new { t.EmployeeId, t.Name }).ToListAsync(cancellationToken))
                .ToLookup(t => t.EmployeeId, t => t.Name);
            page = page with { Items = page.Items.Select(c => c with { Skills = skills[c.Id].ToList() }).ToList() };

            var departments = await db.Departments.OrderBy(d => d.Name).Select(d => new Lookup(d.Id, d.Name)).ToListAsync(cancellationToken);
            var locations = await db.Locations.OrderBy(l => l.Name).Select(l => new Lookup(l.Id, l.Name)).ToListAsync(cancellationToken);
            // Read from the (Kind, Name) index alone; the column's NOCASE collation folds "sql" into "SQL".
            var skillNames = await db.EmployeeTags.Where(t => t.Kind == TagKind.Skill).Select(t => t.Name).Distinct()
                .OrderBy(name => name).ToListAsync(cancellationToken);
            return new Model(request, page, departments, locations, skillNames);
        }

        /// <summary>Ties are broken by name and then id, so a person never shows on two pages or on none.</summary>
        private static IQueryable<Employee> Sorted(IQueryable<Employee> people, SortBy sort)
        {
            var sorted = sort switch
            {
                SortBy.Title => people.OrderBy(e => e.Position.Title).ThenBy(e => e.LegalLastName),
                SortBy.Department => people.OrderBy(e => e.Department.Name).ThenBy(e => e.LegalLastName),
                SortBy.Location => people.OrderBy(e => e.Location.Name).ThenBy(e => e.LegalLastName),
                _ => people.OrderBy(e => e.LegalLastName),
            };
            return sorted.ThenBy(e => e.LegalFirstName).ThenBy(e => e.Id);
        }

        private static IEnumerable<string> Words(string? search) =>
            (search ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
                .Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxWords);

        /// <summary>"100%" looks for a percent sign rather than matching everyone.</summary>
        private static string EscapeLike(string word) =>
            word.Replace(LikeEscape, LikeEscape + LikeEscape).Replace("%", LikeEscape + "%").Replace("_", LikeEscape + "_");
    }
}
