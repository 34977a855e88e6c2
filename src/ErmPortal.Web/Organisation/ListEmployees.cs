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
        /// <summary>Every word must begin a word of the name, preferred name, work email or title.</summary>
        public string? Search { get; init; }
        public int? DepartmentId { get; init; }
        public EmployeeStatus? Status { get; init; }
        public int Page { get; init; } = 1;
        /// <summary>The pager's links: the page after (or before) this employee, in the list's order.</summary>
        public int? After { get; init; }
        public int? Before { get; init; }
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

    /// <summary>By last name, first name and id: the order of the name indexes, so no page is ever sorted.</summary>
    public static readonly Keyset<Employee, int> ByName = new(e => e.Id,
        Keyset<Employee, int>.Ascending(e => e.LegalLastName), Keyset<Employee, int>.Ascending(e => e.LegalFirstName));

    public class Handler(ErmDbContext db, AutoMapper.IConfigurationProvider mapping) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken cancellationToken)
        {
            var page = await Matching(db, request.Search, request.DepartmentId, request.Status)
                .ToKeysetPageAsync(ByName, new PageRequest(request.Page, request.After, request.Before), request.PageSize,
                    ids => db.Employees.Where(e => ids.Contains(e.Id)).ProjectTo<Row>(mapping), row => row.Id, cancellationToken);
            var departments = await db.Departments.OrderBy(d => d.Name).Select(d => new Lookup(d.Id, d.Name)).ToListAsync(cancellationToken);
            return new Model(request, page, departments);
        }
    }

    /// <summary>The employees the list shows for these filters; the CSV export takes the same ones.</summary>
    public static IQueryable<Employee> Matching(ErmDbContext db, string? search, int? departmentId, EmployeeStatus? status)
    {
        var employees = db.Employees.Matching(db, search, EmployeeSearch.ListColumns);
        if (departmentId is { } department)
            employees = employees.Where(e => e.DepartmentId == department);
        if (status is { } wanted)
            employees = employees.Where(e => e.Status == wanted);
        return employees;
    }
}
