using ErmPortal.Web.Timeline;

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
