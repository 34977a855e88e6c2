using ErmPortal.Data;
using ErmPortal.Data.Learning;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Shared;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Learning.Courses;

/// <summary>
/// The course catalog every signed-in person browses: courses still offered, by title, found by words of their title,
/// description or skills and narrowed by format, internal or external, skill and provider. Each row says when the next
/// session starts and whether the course is mandatory for someone, so a reader knows what to open.
/// </summary>
public static class ListCourses
{
    public const int PageSize = 20;

    public record Query : IRequest<Model>
    {
        /// <summary>Every word must appear in the title, the description or a skill.</summary>
        public string? Search { get; init; }
        public CourseFormat? Format { get; init; }
        /// <summary>True: the organisation's own courses; false: external ones; none: both.</summary>
        public bool? Internal { get; init; }
        public string? Skill { get; init; }
        public string? Provider { get; init; }
        public int Page { get; init; } = 1;

        public bool IsFiltered => !string.IsNullOrWhiteSpace(Search) || Format is not null || Internal is not null
                                  || !string.IsNullOrWhiteSpace(Skill) || !string.IsNullOrWhiteSpace(Provider);
    }

    public record Row(int Id, string Title, string Provider, bool IsInternal, CourseFormat Format, decimal Hours, decimal Cost, string Currency,
        IReadOnlyList<string> Skills, DateTime? NextSessionUtc, bool IsMandatory)
    {
        /// <summary>What past participants rated it: the average and how many, never what they wrote.</summary>
        public Records.CourseRating Rating { get; init; } = Records.CourseRating.None;
    }

    public record Model(Query Query, Page<Row> Courses, IReadOnlyList<string> Providers, IReadOnlyList<string> Skills, bool CanManage);

    public class Handler(ErmDbContext db, IClock clock, ICurrentUser user) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var offered = db.Set<Course>().Where(c => c.ArchivedAtUtc == null);
            var courses = offered;
            foreach (var word in Words(request.Search))
            {
                var pattern = LikePattern.Containing(word);
                courses = courses.Where(c => EF.Functions.Like(c.Title, pattern, LikePattern.Escape)
                                             || EF.Functions.Like(c.Description, pattern, LikePattern.Escape)
                                             || c.Skills.Any(s => EF.Functions.Like(s.Name, pattern, LikePattern.Escape)));
            }
            if (request.Format is { } format) courses = courses.Where(c => c.Format == format);
            if (request.Internal is { } isInternal) courses = courses.Where(c => c.IsInternal == isInternal);
            if (!string.IsNullOrWhiteSpace(request.Skill))
            {
                var skill = request.Skill.Trim();
                var teaching = db.Set<CourseSkill>().Where(s => s.Name == skill).Select(s => s.CourseId);
                courses = courses.Where(c => teaching.Contains(c.Id));
            }
            if (!string.IsNullOrWhiteSpace(request.Provider))
            {
                var provider = request.Provider.Trim();
                courses = courses.Where(c => c.Provider == provider);
            }

            var now = clock.UtcNow;
            // One statement for the page, skills and next session included, however many courses it shows.
            var page = await courses.OrderBy(c => c.Title).ThenBy(c => c.Id).ToCappedPageAsync(onPage => onPage.Select(c => new Row(
                    c.Id, c.Title, c.Provider, c.IsInternal, c.Format, c.Hours, c.Cost, c.Currency,
                    c.Skills.OrderBy(s => s.Name).Select(s => s.Name).ToList(),
                    c.Sessions.Where(s => s.StartsAtUtc >= now && s.CancelledAtUtc == null).Min(s => (DateTime?)s.StartsAtUtc),
                    c.MandatoryRules.Any())
                {
                    Rating = new Records.CourseRating(db.Set<TrainingFeedback>().Where(f => f.CourseId == c.Id).Average(f => (double?)f.Rating),
                        db.Set<TrainingFeedback>().Count(f => f.CourseId == c.Id)),
                }),
                request.Page, PageSize, ct);

            var providers = await offered.Select(c => c.Provider).Distinct().OrderBy(p => p).ToListAsync(ct);
            var skills = await db.Set<CourseSkill>().Where(s => offered.Any(c => c.Id == s.CourseId))
                .Select(s => s.Name).Distinct().OrderBy(n => n).ToListAsync(ct);
            return new Model(request, page, providers, skills, user.IsInRole(Data.Accounts.Roles.Hr));
        }

        private static IEnumerable<string> Words(string? search) =>
            (search ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(8);
    }
}
