using AutoMapper;
using AutoMapper.QueryableExtensions;
using ErmPortal.Data;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Profiles;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Organisation;
using ErmPortal.Web.Shared;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Directory;

/// <summary>
/// The staff directory: how any signed-in person finds a colleague. It selects only what every colleague may
/// see (name, title, department, location, work contact, manager, skills, and whether someone is new, so colleagues
/// can welcome them); personal contact, sensitive details, any other status and dates are never read, so no view can
/// show them by mistake.
/// </summary>
public static class SearchDirectory
{
    /// <summary>Fills whole rows of one, two, three or four cards.</summary>
    public const int DefaultPageSize = 24;

    public enum SortBy { Name, Title, Department, Location }

    public record Query : IRequest<Model>
    {
        /// <summary>Every word must begin a word of a name, preferred name, title, department, location or skill.</summary>
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
        /// <summary>Still onboarding: the one status colleagues see, because it asks them to say hello.</summary>
        public bool IsNewJoiner { get; init; }
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
            .ForMember(c => c.IsNewJoiner, o => o.MapFrom(e => e.Status == EmployeeStatus.Onboarding))
            .ForMember(c => c.Skills, o => o.Ignore());
    }

    public class Handler(ErmDbContext db, AutoMapper.IConfigurationProvider mapping, KeptResults kept) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken cancellationToken)
        {
            // Each word narrows the list, so "Rossi SQL" finds the Rossi who knows SQL.
            var people = db.Employees.Where(e => e.Status != EmployeeStatus.Left)
                .Matching(db, request.Search, EmployeeSearch.DirectoryColumns, orSkills: true);
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

            var page = await Sorted(people, request.Sort)
                .ToCappedPageAsync(onPage => onPage.ProjectTo<Card>(mapping), request.Page, request.PageSize, cancellationToken);

            // One query for the skills of everyone on the page, however many that is. Ordered by person first, so it is read
            // from the (EmployeeId, Kind, Name) index in order; by name alone SQLite may walk every skill of the organisation.
            var ids = page.Items.Select(c => c.Id).ToArray();
            var skills = (ids.Length == 0 ? [] : await SkillsOf(db, ids).ToListAsync(cancellationToken)).ToLookup(t => t.EmployeeId, t => t.Name);
            page = page with { Items = page.Items.Select(c => c with { Skills = skills[c.Id].ToList() }).ToList() };

            var filters = await kept.GetAsync(nameof(Filters), ["Departments", "Locations", "EmployeeTags"], FiltersAsync, cancellationToken);
            return new Model(request, page, filters.Departments, filters.Locations, filters.Skills);
        }

        /// <summary>What the filters offer: the same for everyone, so kept until a department, location or skill is written.</summary>
        private record Filters(IReadOnlyList<Lookup> Departments, IReadOnlyList<Lookup> Locations, IReadOnlyList<string> Skills);

        private async Task<Filters> FiltersAsync(CancellationToken cancellationToken)
        {
            var departments = await db.Departments.OrderBy(d => d.Name).Select(d => new Lookup(d.Id, d.Name)).ToListAsync(cancellationToken);
            var locations = await db.Locations.OrderBy(l => l.Name).Select(l => new Lookup(l.Id, l.Name)).ToListAsync(cancellationToken);
            // A DISTINCT would read every skill of every person; this skips through the (Kind, Name) index from one name to
            // the next, one seek per distinct skill. The column's NOCASE collation folds "sql" into "SQL" and sets the order.
            var skillNames = await db.Database.SqlQuery<string>($"""
                WITH RECURSIVE skill(Name) AS (
                    SELECT MIN(Name) FROM EmployeeTags WHERE Kind = 'Skill'
                    UNION ALL
                    SELECT (SELECT MIN(t.Name) FROM EmployeeTags t WHERE t.Kind = 'Skill' AND t.Name > skill.Name) FROM skill WHERE skill.Name IS NOT NULL)
                SELECT Name AS Value FROM skill WHERE Name IS NOT NULL
                """).ToListAsync(cancellationToken);
            return new Filters(departments, locations, skillNames);
        }

        /// <summary>Compiled once: every search asks it, and its shape never changes.</summary>
        private static readonly Func<ErmDbContext, int[], IAsyncEnumerable<Skill>> SkillsOf =
            EF.CompileAsyncQuery((ErmDbContext db, int[] ids) => db.EmployeeTags.Where(t => t.Kind == TagKind.Skill && ids.Contains(t.EmployeeId))
                .OrderBy(t => t.EmployeeId).ThenBy(t => t.Name).Select(t => new Skill(t.EmployeeId, t.Name)));

        private record Skill(int EmployeeId, string Name);

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
    }
}
