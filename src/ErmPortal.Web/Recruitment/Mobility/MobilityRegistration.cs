using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Modules;
using ErmPortal.Web.Notifications;
using ErmPortal.Web.Organisation;

namespace ErmPortal.Web.Recruitment.Mobility;

public static class MobilityRegistration
{
    /// <summary>Internal mobility's menu entry, its panel on the person's own profile and the notification that tells an applicant's manager.</summary>
    public static void AddInternalMobility(this IServiceCollection services)
    {
        services.AddNavigation<InternalOpeningsNavigation>();
        services.AddProfilePanel<CareerMovesPanel>(ProfileColumn.Side, 100);
        services.AddNotificationKind<RecruitmentModule>(TellManagerOfInternalApplication.Kind, "Someone I manage moves on in an internal application",
            "bi-signpost-split", emailByDefault: true,
            (args, l) => l["{0} applied for {1} inside the organisation and has reached {2}.", args.Get("employee"), args.Get("opening"), args.Get("stage")]);
    }
}

/// <summary>
/// "Internal openings" in the person's own menu, beside their profile: every employee may move on, and the main menu is
/// full of work for HR. An account without an employee record has nothing to apply with.
/// </summary>
public class InternalOpeningsNavigation : INavigationContributor
{
    public Type Module => typeof(RecruitmentModule);

    public Task<IEnumerable<MenuItem>> ContributeAsync(ICurrentUser user, CancellationToken cancellationToken) =>
        Task.FromResult<IEnumerable<MenuItem>>(user.EmployeeId is null ? [] :
            [new MenuItem(MenuArea.User, 140, "Internal openings", "~/me/openings", "bi-signpost-split") { Id = "nav-internal-openings" }]);
}
