using ErmPortal.Web.Shared;
using ErmPortal.Web.Timeline;
using Microsoft.Extensions.Localization;

namespace ErmPortal.Web.Recruitment.Careers;

public static class CareersServices
{
    /// <summary>The public careers page: its intake of applications, the candidates' emails, their timeline entries and the forms' rate limit.</summary>
    public static IServiceCollection AddCareers(this IServiceCollection services, IConfiguration configuration) => services
        .AddScoped<ApplicationIntake>()
        .AddScoped<CandidateEmails>()
        .AddTimelineKind<CandidateEmailedKind>()
        .AddCareersRateLimit(configuration);
}

public static class CareersPage
{
    /// <summary>The careers page's frame: its name in the visitor's language, leading to the list of openings.</summary>
    public static PublicFrame Frame(HttpContext context)
    {
        var localizer = context.RequestServices.GetRequiredService<IStringLocalizer<RecruitmentResource>>();
        return new PublicFrame(localizer["Careers"], context.Request.PathBase + "/careers");
    }
}
