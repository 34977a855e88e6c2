using ErmPortal.Data;
using ErmPortal.Data.Notifications;
using ErmPortal.Web.Infrastructure.Jobs;
using ErmPortal.Web.Infrastructure.Modules;

namespace ErmPortal.Web.Notifications;

/// <summary>
/// The notification centre every module uses: kinds registered by their modules, the bell and the list, email
/// through the outbox with each person's choices, and one daily digest of the reminders modules feed in.
/// </summary>
public class NotificationsModule : IPortalModule
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<NotificationKinds>();
        services.AddScoped<INotifier, Notifier>();
        services.AddScoped<NotificationRecipients>();
        services.AddScoped<NotificationEmails>();
        services.AddScoped<INavigationContributor, NotificationBell>();
        services.AddScheduledJob<SendReminderDigestsJob>();
        services.AddNotificationKind<NotificationsModule>(SendReminderDigest.Kind, "My daily reminders are ready", "bi-alarm", emailByDefault: true,
            (args, l) => l["Your reminders for {0} ({1})", args.DateText("day"), args.Get("count")]);
    }
}

/// <summary>
/// Lets a module seed notifications of its own kinds as demo history: rows only, since nobody should be emailed
/// about events that never happened.
/// </summary>
public static class DemoNotifications
{
    public static void Add(ErmDbContext db, string recipientUserId, string kind, NotificationArguments arguments, string? link,
        DateTime createdAtUtc, bool read) =>
        db.Add(new Notification
        {
            RecipientUserId = recipientUserId, Kind = kind, Arguments = arguments.ToJson(), Link = link,
            CreatedAtUtc = createdAtUtc, ReadAtUtc = read ? createdAtUtc.AddHours(2) : null,
        });
}
