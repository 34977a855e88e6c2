using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Recruitment;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Shared;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment.TalentPool;

/// <summary>
/// The candidates who agreed that we keep their data for future openings: searchable by name, email, skill or tag,
/// newest first, with what became of their last application. Recruiting is HR's, so the pool is too.
/// </summary>
public static class ListTalentPool
{
    public const int PageSize = 25;

    [RequireRole(Roles.Hr)]
    public record Query : IRequest<Model>
    {
        public string? Search { get; init; }
        public string? Tag { get; init; }
        public int Page { get; init; } = 1;
    }

    public record Row(int Id, string Name, string Email, string? Skills, IReadOnlyList<string> Tags, bool KeepInformed, LastApplication? Last);

    public record LastApplication(string Opening, string Stage, DateTime AppliedAtUtc);

    /// <summary>The tags in use, the most used first, for the filter.</summary>
    public record Model(Query Query, Page<Row> Candidates, IReadOnlyList<string> Tags);

    public class Handler(ErmDbContext db) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var pool = db.Set<Candidate>().Where(c => c.TalentPoolConsentAtUtc != null && c.AnonymisedAtUtc == null);
            if (!string.IsNullOrWhiteSpace(request.Tag))
            {
                var tag = request.Tag.Trim();
                pool = pool.Where(c => c.Tags.Any(t => t.Name == tag));
            }
            if (!string.IsNullOrWhiteSpace(request.Search))
            {
                // Escaped, so a % or _ typed into the box is looked for as itself.
                var pattern = LikePattern.Containing(request.Search.Trim());
                pool = pool.Where(c => EF.Functions.Like(c.FirstName + " " + c.LastName, pattern, LikePattern.Escape) || EF.Functions.Like(c.Email, pattern, LikePattern.Escape)
                                       || EF.Functions.Like(c.Skills, pattern, LikePattern.Escape) || c.Tags.Any(t => EF.Functions.Like(t.Name, pattern, LikePattern.Escape)));
            }
            var page = await pool.OrderByDescending(c => c.TalentPoolConsentAtUtc).ThenByDescending(c => c.Id).ToCappedPageAsync(
                rows => rows.Select(c => new Row(c.Id, c.FirstName + " " + c.LastName, c.Email, c.Skills, c.Tags.OrderBy(t => t.Name).Select(t => t.Name).ToList(),
                    c.KeepInformed, c.Applications.OrderByDescending(a => a.AppliedAtUtc)
                        .Select(a => new LastApplication(a.Opening.Title, a.Stage.Name, a.AppliedAtUtc)).FirstOrDefault())),
                request.Page, PageSize, ct);
            var tags = await db.Set<CandidateTag>().GroupBy(t => t.Name).OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
                .Select(g => g.Key).Take(20).ToListAsync(ct);
            return new Model(request, page, tags);
        }
    }
}

/// <summary>A recruiter labels a candidate in the pool ("silver medallist", "speaks German") to find them again.</summary>
public static class TagCandidate
{
    public const int MaxTags = 10;

    [RequireRole(Roles.Hr)]
    public record Command(int CandidateId, string Tag, bool Remove = false) : ICommand;

    public class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Tag).NotEmpty().WithMessage("Write the tag.").MaximumLength(50);
    }

    public class Handler(ErmDbContext db) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var candidate = await db.Set<Candidate>().Include(c => c.Tags)
                .FirstOrDefaultAsync(c => c.Id == request.CandidateId && c.AnonymisedAtUtc == null, ct) ?? throw new NotFoundException();
            var tag = request.Tag.Trim();
            var existing = candidate.Tags.FirstOrDefault(t => string.Equals(t.Name, tag, StringComparison.OrdinalIgnoreCase));
            if (request.Remove)
            {
                if (existing is not null) candidate.Tags.Remove(existing);
            }
            else if (existing is null)
            {
                if (candidate.Tags.Count >= MaxTags)
                    throw new Data.Shared.DomainRuleException(nameof(Command.Tag), "A candidate has at most {0} tags; remove one first.", MaxTags);
                candidate.Tags.Add(new CandidateTag { CandidateId = candidate.Id, Name = tag });
            }
            return Unit.Value;
        }
    }
}
