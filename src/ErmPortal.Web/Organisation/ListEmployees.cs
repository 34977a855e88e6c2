using AutoMapper;
using AutoMapper.QueryableExtensions;
using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Organisation;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Shared;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Organisation;

public static class ListEmployees
{
    [RequireRole(Roles.Hr, Roles.Admin)]
    public record Query : IRequest<Model>
    {
        /// <summary>Matches name, preferred name, work email or title.</summary>
        public string? Search { get; init; }
        public int? DepartmentId { get; init; }
        public EmployeeStatus? Status { get; init; }
        public int Page { get; init; } = 1;
        public int PageSize { get; init; } = PagingExtensions.DefaultPageSize;
    }

    public record Row(int Id, string LegalFirstName, string LegalLastName, string? PreferredName, string WorkEmail,
        string PositionTitle, string DepartmentName, string LocationName, EmployeeStatus Status, DateOnly HireDate)
    {
        public string DisplayName => $"{PreferredName ?? LegalFirstName} {LegalLastName}";
    }

    public record Model(Query Query, Page<Row> Employees, IReadOnlyList<Lookup> Departments);

    public class MappingProfile : Profile
    {
        public MappingProfile() => CreateMap<Employee, Row>();
    }

    public class Handler(ErmDbContext db, AutoMapper.IConfigurationProvider mapping) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken cancellationToken)
        {
            var page = await Matching(db.Employees, request.Search, request.DepartmentId, request.Status)
                .OrderBy(e => e.LegalLastName).ThenBy(e => e.LegalFirstName).ThenBy(e => e.Id)
                .ProjectTo<Row>(mapping)
                .ToPageAsync(request.Page, request.PageSize, cancellationToken);
            var departments = await db.Departments.OrderBy(d => d.Name).Select(d => new Lookup(d.Id, d.Name)).ToListAsync(cancellationToken);
            return new Model(request, page, departments);
        }
    }

    /// <summary>The employees the list shows for these filters; the CSV export takes the same ones.</summary>
    public static IQueryable<Employee> Matching(IQueryable<Employee> employees, string? search, int? departmentId, EmployeeStatus? status)
    {
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = $"%{search.Trim()}%";
            employees = employees.Where(e =>
                EF.Functions.Like(e.LegalLastName, term)
                || EF.Functions.Like(e.LegalFirstName, term)
                || EF.Functions.Like(e.PreferredName!, term)
                || EF.Functions.Like(e.WorkEmail, term)
                || EF.Functions.Like(e.Position.Title, term));
        }
        if (departmentId is { } department)
            employees = employees.Where(e => e.DepartmentId == department);
        if (status is { } wanted)
            employees = employees.Where(e => e.Status == wanted);
        return employees;
    }
}
