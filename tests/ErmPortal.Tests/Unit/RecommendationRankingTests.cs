using ErmPortal.Web.Learning.Development;
using Xunit;

namespace ErmPortal.Tests.Unit;

public class RecommendationRankingTests
{
    private static readonly DateOnly Today = new(2026, 6, 1);

    private static PersonFacts Person(string[]? skills = null, string[]? required = null, string? aspirations = null, NeedFact[]? needs = null,
        DateOnly? hired = null) =>
        new(hired ?? new DateOnly(2020, 1, 1), skills ?? [], required ?? [], aspirations, needs ?? []);

    private static CourseFacts Course(int id, string title, params string[] skills) => new(id, title, skills);

    private static Reason Only(IReadOnlyList<Recommendation> ranked) => Assert.Single(Assert.Single(ranked).Reasons);

    [Fact]
    public void Should_recommend_a_mandatory_course_as_overdue_when_its_due_day_has_passed()
    {
        var course = Course(1, "Code of conduct") with { Rules = [(new DateOnly(2020, 1, 1), 30, 12)], LastCompletedOn = new DateOnly(2025, 4, 1) };

        var reason = Only(RecommendationRanking.Rank(Person(), [course], Today));

        Assert.Equal((ReasonKind.MandatoryOverdue, new DateOnly(2026, 4, 1)), (reason.Kind, reason.Due));
    }

    [Fact]
    public void Should_recommend_a_mandatory_course_as_due_soon_when_it_is_due_within_the_warning_window()
    {
        var course = Course(1, "Code of conduct") with { Rules = [(new DateOnly(2020, 1, 1), 30, 12)], LastCompletedOn = new DateOnly(2025, 6, 20) };

        var reason = Only(RecommendationRanking.Rank(Person(), [course], Today));

        Assert.Equal((ReasonKind.MandatoryDueSoon, new DateOnly(2026, 6, 20)), (reason.Kind, reason.Due));
    }

    [Fact]
    public void Should_name_the_missing_skills_when_a_course_teaches_what_the_position_requires()
    {
        var ranked = RecommendationRanking.Rank(Person(skills: ["sql"], required: ["SQL", "Kubernetes"]),
            [Course(1, "Advanced SQL", "SQL"), Course(2, "Kubernetes in production", "Kubernetes", "Observability")], Today);

        var reason = Only(ranked);
        Assert.Equal((ReasonKind.SkillGap, "Kubernetes"), (reason.Kind, string.Join(",", reason.Skills)));
    }

    [Fact]
    public void Should_name_the_words_when_the_aspirations_name_a_skill_or_the_title_as_whole_words()
    {
        var person = Person(aspirations: "I want to lead a team and get better at public speaking. SQLite is fun.");

        var ranked = RecommendationRanking.Rank(person,
            [Course(1, "Public speaking with confidence", "Public speaking"), Course(2, "SQL for everyone", "SQL"), Course(3, "Lead", "Leadership")], Today);

        Assert.Equal([1, 3], ranked.Select(r => r.CourseId).Order());
        Assert.Equal(["Public speaking"], ranked.Single(r => r.CourseId == 1).Reasons.Single().Skills);
        Assert.Equal(ReasonKind.Aspiration, ranked.Single(r => r.CourseId == 3).Reasons.Single().Kind);
    }

    [Fact]
    public void Should_name_the_review_when_its_development_needs_name_a_skill_the_course_teaches()
    {
        var reason = Only(RecommendationRanking.Rank(Person(needs: [new NeedFact("Negotiation", "Annual review 2026")]),
            [Course(1, "Negotiation skills", "negotiation"), Course(2, "Excel", "Excel modelling")], Today));

        Assert.Equal((ReasonKind.DevelopmentNeed, "Annual review 2026"), (reason.Kind, reason.Source));
    }

    [Fact]
    public void Should_count_colleagues_only_when_at_least_two_completed_the_course()
    {
        var ranked = RecommendationRanking.Rank(Person(), [Course(1, "Popular") with { Colleagues = 2 }, Course(2, "Lonely") with { Colleagues = 1 }], Today);

        var reason = Only(ranked);
        Assert.Equal((ReasonKind.Colleagues, 2), (reason.Kind, reason.Count));
    }

    [Fact]
    public void Should_rank_mandatory_then_review_needs_then_gaps_then_aspirations_then_colleagues_when_reasons_combine()
    {
        var person = Person(required: ["Kubernetes"], aspirations: "Become a data analyst", needs: [new NeedFact("Coaching", "Review")]);
        var courses = new[]
        {
            Course(1, "Popular") with { Colleagues = 40 },
            Course(2, "Analytics", "Data analyst"),
            Course(3, "Kubernetes", "Kubernetes"),
            Course(4, "Coaching", "Coaching"),
            Course(5, "Code of conduct") with { Rules = [(new DateOnly(2020, 1, 1), 30, null)] },
            Course(6, "Kubernetes and coaching", "Kubernetes") with { Colleagues = 3 },
        };

        var ranked = RecommendationRanking.Rank(person, courses, Today);

        Assert.Equal([5, 4, 6, 3, 2, 1], ranked.Select(r => r.CourseId));
        Assert.Equal([ReasonKind.SkillGap, ReasonKind.Colleagues], ranked[2].Reasons.Select(r => r.Kind));
    }

    [Fact]
    public void Should_leave_out_courses_dismissed_held_or_completed_and_valid_when_they_would_otherwise_be_recommended()
    {
        var person = Person(required: ["SQL"]);
        var courses = new[]
        {
            Course(1, "Dismissed", "SQL") with { Dismissed = true },
            Course(2, "Enrolled", "SQL") with { HasLivePlace = true },
            Course(3, "Completed", "SQL") with { LastCompletedOn = new DateOnly(2025, 1, 1) },
            Course(4, "Certificate expired", "SQL") with { LastCompletedOn = new DateOnly(2023, 1, 1), CertificateExpiresOn = new DateOnly(2026, 1, 1) },
            Course(5, "No reason"),
        };

        Assert.Equal([4], RecommendationRanking.Rank(person, courses, Today).Select(r => r.CourseId));
    }

    [Fact]
    public void Should_show_at_most_ten_when_more_courses_have_reasons()
    {
        var courses = Enumerable.Range(1, 15).Select(i => Course(i, $"Course {i:00}") with { Colleagues = i + 1 });

        var ranked = RecommendationRanking.Rank(Person(), courses, Today);

        Assert.Equal(10, ranked.Count);
        Assert.Equal(15, ranked[0].CourseId);
    }
}
