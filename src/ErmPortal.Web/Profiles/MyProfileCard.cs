using ErmPortal.Data;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Organisation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Profiles;

/// <summary>The top of everyone's home page: who they are at work, their manager, and what their profile still lacks.</summary>
public class MyProfileCard(IMediator mediator) : ViewComponent
{
    public record Query : IRequest<Model?>;

    public record Model(int EmployeeId, string Name, string PositionTitle, string DepartmentName, string LocationName,
        int? ManagerId, string? ManagerName, DateOnly HireDate)
    {
        public Completeness Completeness { get; init; } = new([]);
    }

    /// <summary>An account without an employee record (an administrator's, say) has no card.</summary>
    public async Task<IViewComponentResult> InvokeAsync() =>
        await mediator.Send(new Query()) is { } model
            ? View("~/Profiles/MyProfileCard.cshtml", model)
            : Content(string.Empty);

    public class Handler(ErmDbContext db, ICurrentUser user) : IRequestHandler<Query, Model?>
    {
        public async Task<Model?> Handle(Query request, CancellationToken cancellationToken)
        {
            if (user.EmployeeId is not { } id) return null;
            var me = await db.Employees.Where(e => e.Id == id)
                .Select(e => new Model(e.Id, (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName, e.Position.Title,
                    e.Department.Name, e.Location.Name, e.ManagerId,
                    e.Manager == null ? null : (e.Manager.PreferredName ?? e.Manager.LegalFirstName) + " " + e.Manager.LegalLastName,
                    e.HireDate))
                .FirstOrDefaultAsync(cancellationToken);
            return me is null ? null : me with { Completeness = await GetEmployee.CompletenessAsync(db, id, cancellationToken) };
        }
    }
}
