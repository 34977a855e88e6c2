using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Recruitment;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Organisation;
using ErmPortal.Web.Shared;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment.Pipeline;

/// <summary>
/// Candidates across every opening the viewer may see, one row per application, newest first: found by name, email
/// or skill through the full-text index (every word must start a word), and filtered by source and stage. The list is
/// read in the order of an index and stops at a page, so it costs the same with fifty or fifty thousand candidates.
/// </summary>
public static class SearchCandidates
{
    public const int PageSize = 25;

    [RequireRole(Roles.Hr, Roles.Manager)]
    public record Query : IRequest<Model>
    {
        public string? Search { get; init; }
        public CandidateSource? Source { get; init; }
        public StageKind? Stage { get; init; }
        public int Page { get; init; } = 1;

        public bool IsFiltered => !string.IsNullOrWhiteSpace(Search) || Source is not null || Stage is not null;
    }

    public record Row(int ApplicationId, int CandidateId, string Name, string Email, int OpeningId, string OpeningTitle, string StageName,
        StageKind StageKind, CandidateSource Source, DateTime AppliedAtUtc, bool Internal);

    public record Model(Query Query, Page<Row> Applications);

    public class Handler(ErmDbContext db, ApplicationVisibility visibility) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var applications = visibility.Visible(db.Set<JobApplication>());
            if (!string.IsNullOrWhiteSpace(request.Search))
            {
                // The same words find people here as in the directory: each word typed starts a word of a name, the email or a skill.
                var phrases = EmployeeSearch.Phrases(request.Search);
                if (phrases.Count == 0) applications = applications.Where(_ => false);
                foreach (var phrase in phrases)
                {
                    // Each FTS5 query travels as one parameter; the SQL around it is fixed.
                    var found = db.Database.SqlQuery<int>($"SELECT rowid AS Value FROM CandidateSearch WHERE CandidateSearch MATCH {phrase}");
                    applications = applications.Where(a => found.Contains(a.CandidateId));
                }
            }
            if (request.Source is { } source) applications = applications.Where(a => a.Source == source);
            if (request.Stage is { } stage) applications = applications.Where(a => a.Stage.Kind == stage);

            var page = await applications.OrderByDescending(a => a.AppliedAtUtc).ThenByDescending(a => a.Id)
                .ToCappedPageAsync(rows => rows.Select(a => new Row(a.Id, a.CandidateId, a.Candidate.FirstName + " " + a.Candidate.LastName,
                    a.Candidate.Email, a.OpeningId, a.Opening.Title, a.Stage.Name, a.Stage.Kind, a.Source, a.AppliedAtUtc, a.IsInternal || a.Candidate.EmployeeId != null)),
                    request.Page, PageSize, ct);
            return new Model(request, page);
        }
    }
}
