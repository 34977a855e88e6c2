using ErmPortal.Data.Accounts;
using ErmPortal.Web.Infrastructure.Modules;
using ErmPortal.Web.Notifications;
using ErmPortal.Web.Timeline;

namespace ErmPortal.Web.Onboarding.CheckIns;

public static class CheckInsRegistration
{
    /// <summary>Check-ins: the home card of those asked, the timeline entry, HR's alert on a low answer and the reminders.</summary>
    public static void AddCheckIns(this IServiceCollection services)
    {
        services.AddDashboardCard<CheckInsToAnswerCard>(150, CardWidth.Half);
        services.AddTimelineKind<CheckInTimelineKind>();
        services.AddNotificationKind<OnboardingModule>(RecordCheckInEvents.FlaggedKind, "A new hire's check-in has a low answer", "bi-flag", emailByDefault: true,
            (args, l) => l["{0}'s {1}-day check-in has a low answer: worth a conversation.", args.Get("employee"), args.Get("days")]);
        services.AddNotificationKind<OnboardingModule>(CheckInReminders.Kind, "A check-in waits for my answer", "bi-chat-heart", emailByDefault: true,
            (args, l) => l["How is it going with {0}? The {1}-day check-in waits for your answer.", args.Get("employee"), args.Get("days")]);
        services.AddReminderSource<CheckInReminders>();
    }
}
