using ErmPortal.Web.Infrastructure.Modules;

namespace ErmPortal.Web.Recruitment.Interviews;

public static class InterviewRegistration
{
    /// <summary>Interviews and scorecards: the form's helper, the interviewer's home card, timeline and notification kinds.</summary>
    public static IServiceCollection AddInterviews(this IServiceCollection services)
    {
        services.AddScoped<InterviewPlanning>();
        services.AddDashboardCard<UpcomingInterviewsCard>(150, CardWidth.Half);
        services.AddInterviewTimelineKinds();
        services.AddInterviewNotifications();
        return services;
    }
}
