using AutoMapper;
using AutoMapper.QueryableExtensions;
using ErmPortal.Data;
using ErmPortal.Data.Organisation;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Shared;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Organisation;

/// <summary>One employee's page, showing each viewer only what their relation to the person allows.</summary>
public static class GetEmployee
{
    public record Query(int Id) : IRequest<Model>;

    public record Card
    {
        public int Id { get; init; }
        public string LegalFirstName { get; init; } = "";
        public string LegalLastName { get; init; } = "";
        public string? PreferredName { get; init; }
        public string WorkEmail { get; init; } = "";
        public string PositionTitle { get; init; } = "";
        public string DepartmentName { get; init; } = "";
        public string LocationName { get; init; } = "";
        public int? ManagerId { get; init; }
        public string? ManagerPreferredName { get; init; }
        public string? ManagerLegalFirstName { get; init; }
        public string? ManagerLegalLastName { get; init; }

        public string DisplayName => $"{PreferredName ?? LegalFirstName} {LegalLastName}";
        public string Initials => Labels.Initials(DisplayName);
        public string? ManagerName => ManagerId is null ? null : $"{ManagerPreferredName ?? ManagerLegalFirstName} {ManagerLegalLastName}";
    }

    public record Report(int Id, string Name, string PositionTitle);

    /// <summary><see cref="Employment"/> is null when the viewer may not see employment details.</summary>
    public record Model(Card Person, EmploymentDetails? Employment, IReadOnlyList<Report> DirectReports, bool CanEdit, EmployeeRelation Relation);

    public record EmploymentDetails(string? Phone, DateOnly HireDate, EmploymentType EmploymentType, EmployeeStatus Status);

    public class MappingProfile : Profile
    {
        public MappingProfile() => CreateMap<Employee, Card>();
    }

    public class Handler(ErmDbContext db, AutoMapper.IConfigurationProvider mapping, EmployeeRelations relations,
        IAuthorizationService authorization, ICurrentUser user) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken cancellationToken)
        {
            var resource = await relations.ResolveAsync(request.Id, cancellationToken);
            if (!await AllowedAsync(resource, EmployeeOperations.ViewCard))
                throw new NotFoundException();
            var card = await db.Employees.Where(e => e.Id == request.Id).ProjectTo<Card>(mapping)
                .FirstOrDefaultAsync(cancellationToken) ?? throw new NotFoundException();
            var reports = await db.Employees.Where(e => e.ManagerId == request.Id)
                .OrderBy(e => e.LegalLastName).ThenBy(e => e.LegalFirstName)
                .Select(e => new Report(e.Id, (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName, e.Position.Title))
                .ToListAsync(cancellationToken);
            // Employment details are not even read for a viewer who may not see them.
            var employment = await AllowedAsync(resource, EmployeeOperations.ViewEmployment)
                ? await db.Employees.Where(e => e.Id == request.Id)
                    .Select(e => new EmploymentDetails(e.Phone, e.HireDate, e.EmploymentType, e.Status))
                    .FirstAsync(cancellationToken)
                : null;
            return new Model(card, employment, reports, await AllowedAsync(resource, EmployeeOperations.Edit), resource.Relation);
        }

        private async Task<bool> AllowedAsync(EmployeeResource resource, OperationAuthorizationRequirement operation) =>
            (await authorization.AuthorizeAsync(user.Principal, resource, operation)).Succeeded;
    }
}
