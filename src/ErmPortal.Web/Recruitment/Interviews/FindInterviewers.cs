using ErmPortal.Data;
using ErmPortal.Data.Organisation;
using ErmPortal.Web.Organisation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment.Interviews;

/// <summary>
/// Suggestions for the interviewer field as someone types: a few colleagues by name, work email or title, through the
/// directory's full-text index, so the form never lists the whole organisation. It tells only what the directory
/// already shows every colleague.
/// </summary>
public static class FindInterviewers
{
    public const int Shown = 10;

    public record Query(string? Term) : IRequest<IReadOnlyList<Match>>;

    public record Match(string Name, string Email, string? Position);

    public class Handler(ErmDbContext db) : IRequestHandler<Query, IReadOnlyList<Match>>
    {
        public async Task<IReadOnlyList<Match>> Handle(Query request, CancellationToken ct)
        {
            if (string.IsNullOrWhiteSpace(request.Term) || request.Term.Trim().Length < 2) return [];
            return await db.Employees.Where(e => e.Status != EmployeeStatus.Left)
                .Matching(db, request.Term, EmployeeSearch.ListColumns)
                .OrderBy(e => e.LegalLastName).ThenBy(e => e.LegalFirstName).Take(Shown)
                .Select(e => new Match((e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName, e.WorkEmail, e.Position.Title))
                .ToListAsync(ct);
        }
    }
}
