using ErmPortal.Web.Infrastructure.Modules;
using ErmPortal.Web.Notifications;
using ErmPortal.Web.Organisation;

namespace ErmPortal.Web.Onboarding.Plans;

public static class PlansRegistration
{
    /// <summary>The plans: HR's overview and the plan pages, the tasks card, the welcome page, the profile panel, timeline, notifications, reminders, demo plans and plans at volume.</summary>
    public static IServiceCollection AddOnboardingPlans(this IServiceCollection services) => services
        .AddScoped<PlanEditing>()
        .AddScoped<TaskAssignments>()
        .AddDashboardCard<MyTasksCard>(355, CardWidth.Half)
        .AddProfilePanel<PlanPanel>(ProfileColumn.Side, 120)
        .AddPlanTimelineKinds()
        .AddPlanNotifications()
        .AddReminderSource<PlanTaskReminders>()
        .AddScoped<IDemoDataSeeder, PlanDemoData>()
        .AddScoped<IDemoDataSeeder, PlanVolumeData>();
}
