using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace ErmPortal.Web.Notifications;

/// <summary>The signed-in person's own notifications, reminder digests and email choices; nobody sees anyone else's.</summary>
[Route("me/notifications")]
public class NotificationsController(IMediator mediator) : Controller
{
    // Constants rather than the endpoint table, so emails written by jobs (no request, no router) can link here.
    public const string ListPath = "/me/notifications";
    public const string PreferencesPath = "/me/notifications/preferences";
    public static string DigestPath(int id) => $"/me/notifications/reminders/{id}";

    [HttpGet("")]
    public async Task<IActionResult> ListMyNotifications(ListMyNotifications.Query query) => View(await mediator.Send(query));

    [HttpPost("{id:int}/open")]
    public async Task<IActionResult> OpenNotification(int id) => LocalRedirect(await mediator.Send(new OpenNotification.Command(id)));

    [HttpPost("read")]
    public async Task<IActionResult> MarkAllNotificationsRead()
    {
        await mediator.Send(new MarkAllNotificationsRead.Command());
        return RedirectToAction(nameof(ListMyNotifications));
    }

    [HttpGet("reminders/{id:int}")]
    public async Task<IActionResult> GetReminderDigest(int id) => View(await mediator.Send(new GetReminderDigest.Query(id)));

    [HttpGet("preferences")]
    public async Task<IActionResult> EditNotificationPreferences() => View(await mediator.Send(new EditNotificationPreferences.Query()));

    [HttpPost("preferences")]
    public async Task<IActionResult> EditNotificationPreferences(EditNotificationPreferences.Command command)
    {
        await mediator.Send(command);
        TempData["Flash"] = "Your notification settings are saved.";
        return RedirectToAction(nameof(EditNotificationPreferences));
    }
}
