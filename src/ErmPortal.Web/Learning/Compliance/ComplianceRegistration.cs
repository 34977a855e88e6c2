using ErmPortal.Data.Accounts;
using ErmPortal.Web.Infrastructure.Modules;
using ErmPortal.Web.Notifications;

namespace ErmPortal.Web.Learning.Compliance;

/// <summary>The compliance part of the Learning module: mandatory items, their cards and reminders, and training history at volume.</summary>
public static class ComplianceRegistration
{
    public static IServiceCollection AddLearningCompliance(this IServiceCollection services) => services
        .AddScoped<MandatoryItems>()
        .AddDashboardCard<MandatoryDueCard>(160, CardWidth.Half)
        .AddDashboardCard<TeamTrainingOverdueCard>(210, CardWidth.Half, Roles.Manager)
        .AddNotificationKind<LearningModule>(MandatoryReminders.Kind, "A mandatory course of mine is due soon or overdue", "bi-shield-exclamation",
            emailByDefault: true,
            (args, l) => args.Get("overdue") == "true"
                ? l["Mandatory course overdue since {0}: {1}.", args.DateText("due"), args.Get("course")]
                : l["Mandatory course due by {0}: {1}.", args.DateText("due"), args.Get("course")])
        .AddReminderSource<MandatoryReminders>()
        .AddScoped<IDemoDataSeeder, TrainingHistoryVolumeData>();
}
