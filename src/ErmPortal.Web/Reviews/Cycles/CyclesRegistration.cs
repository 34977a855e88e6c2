using ErmPortal.Data.Accounts;
using ErmPortal.Web.Infrastructure.Modules;
using ErmPortal.Web.Notifications;

namespace ErmPortal.Web.Reviews.Cycles;

public static class CyclesRegistration
{
    /// <summary>Review cycles: HR's home card, the reminders of the phase's work (sent by HR and in the digest) and the demo cycles.</summary>
    public static IServiceCollection AddReviewCycles(this IServiceCollection services) => services
        .AddDashboardCard<RunningCyclesCard>(380, CardWidth.Half, Roles.Hr)
        .AddNotificationKind<ReviewsModule>(RemindLate.Kind, "My part of a review cycle is due", "bi-clipboard-check", emailByDefault: true, PhaseReminders.Render)
        .AddReminderSource<PhaseReminders>()
        .AddScoped<IDemoDataSeeder, CycleDemoData>()
        .AddScoped<IDemoDataSeeder, CycleVolumeData>();
}
