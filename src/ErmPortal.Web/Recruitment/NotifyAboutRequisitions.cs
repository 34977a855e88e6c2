using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Recruitment;
using ErmPortal.Web.Notifications;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment;

/// <summary>The notification kinds of requisitions. They name the manager and the position; the salary range stays behind sign-in.</summary>
public static class RequisitionNotifications
{
    public const string Submitted = "requisition-submitted";
    public const string Decided = "requisition-decided";

    public static void AddRequisitionNotifications(this IServiceCollection services)
    {
        services.AddNotificationKind<RecruitmentModule>(Submitted, "A manager asks for headcount", "bi-person-plus", emailByDefault: true,
            (args, l) => l["{0} asks for {1} × {2}.", args.Get("manager"), args.Get("headcount"), args.Get("position")]);
        services.AddNotificationKind<RecruitmentModule>(Decided, "HR decides on my requisition", "bi-person-check", emailByDefault: true,
            (args, l) => args.Get("outcome") == nameof(RequisitionStatus.Approved)
                ? l["Your requisition for {0} was approved: the hiring can start.", args.Get("position")]
                : l["Your requisition for {0} was rejected. Open it to read HR's reason.", args.Get("position")]);
    }

    /// <summary>The names a notification about the requisition shows, read once whatever the handler had loaded.</summary>
    public static Task<(string Manager, string? ManagerUserId, string Position)> NamesAsync(ErmDbContext db, Requisition requisition, CancellationToken ct) =>
        db.Employees.Where(e => e.Id == requisition.RequestedById)
            .Select(e => ValueTuple.Create((e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName, e.UserId,
                db.Positions.Where(p => p.Id == requisition.PositionId).Select(p => p.Title).First()))
            .SingleAsync(ct);
}

/// <summary>A new requisition tells every HR person (but not the manager who sent it, should they work in HR too).</summary>
public class NotifyHrWhenRequisitionSubmitted(ErmDbContext db, INotifier notifier, NotificationRecipients recipients) : INotificationHandler<RequisitionSubmitted>
{
    public async Task Handle(RequisitionSubmitted notification, CancellationToken cancellationToken)
    {
        var requisition = notification.Requisition;
        var (manager, managerUserId, position) = await RequisitionNotifications.NamesAsync(db, requisition, cancellationToken);
        var hr = await recipients.InRoleAsync(Roles.Hr, cancellationToken);
        await notifier.NotifyAsync(hr.Where(id => id != managerUserId), RequisitionNotifications.Submitted,
            new NotificationArguments { ["manager"] = manager, ["position"] = position, ["headcount"] = $"{requisition.Headcount}" },
            $"/recruitment/requisitions/{requisition.Id}", cancellationToken);
    }
}

/// <summary>HR's decision tells the manager who asked; a withdrawal is the manager's own act and tells nobody.</summary>
public class NotifyManagerWhenRequisitionDecided(ErmDbContext db, INotifier notifier) : INotificationHandler<RequisitionDecided>
{
    public async Task Handle(RequisitionDecided notification, CancellationToken cancellationToken)
    {
        var requisition = notification.Requisition;
        if (requisition.Status is not (RequisitionStatus.Approved or RequisitionStatus.Rejected)) return;
        var (_, managerUserId, position) = await RequisitionNotifications.NamesAsync(db, requisition, cancellationToken);
        if (managerUserId is null) return;
        await notifier.NotifyAsync([managerUserId], RequisitionNotifications.Decided,
            new NotificationArguments { ["outcome"] = requisition.Status.ToString(), ["position"] = position },
            $"/recruitment/requisitions/{requisition.Id}", cancellationToken);
    }
}
