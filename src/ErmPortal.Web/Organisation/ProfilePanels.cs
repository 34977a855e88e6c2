using Microsoft.AspNetCore.Mvc;

namespace ErmPortal.Web.Organisation;

/// <summary>Where a module's panel sits on the 360° profile: the wide column of records, or the narrow column beside it.</summary>
public enum ProfileColumn { Main, Side }

/// <summary>
/// A panel a module adds to the 360° profile: a view component, its column and its place in it. The profile invokes
/// it with a <see cref="ProfileSubject"/>; the panel decides from the viewer's relation whether it has anything to
/// show, and renders nothing otherwise, so the profile knows no module.
/// </summary>
public record ProfilePanel(Type ViewComponent, ProfileColumn Column, int Order);

/// <summary>Whose profile is open and what the viewer is to them, as the profile already worked it out.</summary>
public record ProfileSubject(int EmployeeId, string DisplayName, EmployeeRelation Relation)
{
    public bool Is(EmployeeRelation relation) => Relation.HasFlag(relation);
}

public static class ProfilePanelRegistration
{
    public static IServiceCollection AddProfilePanel<TComponent>(this IServiceCollection services, ProfileColumn column, int order)
        where TComponent : ViewComponent
    {
        services.AddSingleton(new ProfilePanel(typeof(TComponent), column, order));
        return services;
    }
}
