using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Organisation;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Organisation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment.Openings;

/// <summary>
/// The few employees whose name, email or title starts with what HR typed, for the suggestions under the hiring manager
/// and interviewer fields: a list of the whole organisation would be far too long for a page.
/// </summary>
public static class FindPeople
{
    public const int MaxResults = 10;

    [RequireRole(Roles.Hr)]
    public record Query(string? Q) : IRequest<IReadOnlyList<Person>>;

    public record Person(string Email, string Name, string Title);

    public class Handler(ErmDbContext db) : IRequestHandler<Query, IReadOnlyList<Person>>
    {
        public async Task<IReadOnlyList<Person>> Handle(Query request, CancellationToken ct)
        {
            if (string.IsNullOrWhiteSpace(request.Q) || request.Q.Trim().Length < 2) return [];
            return await db.Employees.Where(e => e.Status != EmployeeStatus.Left)
                .Matching(db, request.Q, EmployeeSearch.ListColumns)
                .OrderBy(e => e.LegalLastName).ThenBy(e => e.LegalFirstName).ThenBy(e => e.Id).Take(MaxResults)
                .Select(e => new Person(e.WorkEmail, (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName, e.Position.Title))
                .ToListAsync(ct);
        }
    }
}
