using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Jobs;
using MediatR;

namespace ErmPortal.Web.Notifications;

/// <summary>One thing a person should be reminded of today: rendered by its kind, like any notification.</summary>
public record ReminderItem(string RecipientUserId, string Kind, NotificationArguments Arguments, string? Link);

/// <summary>
/// A module's due-soon and overdue items. The reminder job asks every source once a day and sends each person
/// one digest of everything, however many sources and items there are.
/// </summary>
public interface IReminderSource
{
    /// <summary>Everything that needs a reminder on this day, for everyone who should get it.</summary>
    Task<IReadOnlyList<ReminderItem>> RemindersForAsync(DateOnly day, CancellationToken cancellationToken);
}

public static class ReminderSourceRegistration
{
    public static IServiceCollection AddReminderSource<TSource>(this IServiceCollection services) where TSource : class, IReminderSource =>
        services.AddScoped<IReminderSource, TSource>();
}

/// <summary>
/// Collects the day's reminders and sends each person their digest. It runs every hour so a missed hour (a
/// restart, a deploy) costs nothing; the digest row claimed per person and day makes every later run, on this
/// instance or another, a no-op for that person.
/// </summary>
public class SendReminderDigestsJob(IEnumerable<IReminderSource> sources, IServiceScopeFactory scopes, IClock clock,
    ILogger<SendReminderDigestsJob> logger) : IScheduledJob
{
    public static string Name => "send-reminder-digests";
    public static TimeSpan Interval => TimeSpan.FromHours(1);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var day = clock.Today;
        var items = new List<ReminderItem>();
        foreach (var source in sources)
            items.AddRange(await source.RemindersForAsync(day, cancellationToken));

        foreach (var person in items.GroupBy(i => i.RecipientUserId))
        {
            // A scope per person: one person's failed claim leaves nothing behind in the next person's unit of work.
            await using var scope = scopes.CreateAsyncScope();
            try
            {
                await scope.ServiceProvider.GetRequiredService<IMediator>()
                    .Send(new SendReminderDigest.Command(person.Key, day, person.ToList()), cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "The reminder digest of {UserId} for {Day} was not sent; the next run tries again", person.Key, day);
            }
        }
    }
}
