using ErmPortal.Web.Infrastructure.Jobs;
using ErmPortal.Web.Infrastructure.Modules;
using ErmPortal.Web.Notifications;
using ErmPortal.Web.Organisation;
using ErmPortal.Web.Timeline;
using Microsoft.AspNetCore.Authorization;

namespace ErmPortal.Web.Compensation.Pay;

public static class PayRegistration
{
    /// <summary>
    /// Each person's pay: who may see and record it, the job that brings dated changes into force, the change on the
    /// timeline and in the person's notifications, a recent raise among the warnings before acting on the person, and the
    /// demo organisation's pay.
    /// </summary>
    public static IServiceCollection AddPayRecords(this IServiceCollection services) => services
        .AddScoped<PayAccess>()
        .AddScoped<IAuthorizationHandler, PayAuthorizationHandler>()
        .AddScoped<IContextWarningSource, PayContextWarnings>()
        .AddScheduledJob<ApplyDuePayChangesJob>()
        .AddTimelineKind<SalaryChangedKind>()
        .AddNotificationKind<CompensationModule>(AnnounceSalaryChange.Kind, "My salary changes", "bi-cash-coin", emailByDefault: true,
            (args, l) => l["Your salary changes from {0}: your letter is ready.", args.DateText("day")])
        .AddScoped<IDemoDataSeeder, PayDemoData>();
}
