using ErmPortal.Data.Accounts;
using ErmPortal.Web.Infrastructure.Modules;
using ErmPortal.Web.Notifications;

namespace ErmPortal.Web.Learning.Enrolments;

public static class EnrolmentRegistration
{
    /// <summary>Requests, decisions, assignments, seats and waiting lists: their card, reminders, notifications, timeline kinds and demo places.</summary>
    public static IServiceCollection AddLearningEnrolments(this IServiceCollection services) => services
        .AddScoped<SeatAllocator>()
        .AddScoped<PlaceNews>()
        // Only managers and HR decide requests: nobody else pays for the card's query.
        .AddDashboardCard<TrainingRequestsCard>(160, CardWidth.Half, Roles.Manager, Roles.Hr)
        .AddReminderSource<TrainingRequestReminders>()
        .AddPlaceNotifications()
        .AddPlaceTimelineKinds()
        .AddScoped<IDemoDataSeeder, EnrolmentDemoData>();
}
