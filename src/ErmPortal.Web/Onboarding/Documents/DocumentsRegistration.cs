using ErmPortal.Data.Accounts;
using ErmPortal.Data.Onboarding;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Modules;
using ErmPortal.Web.Notifications;
using ErmPortal.Web.Organisation;
using Microsoft.AspNetCore.Authorization;

namespace ErmPortal.Web.Onboarding.Documents;

public static class DocumentsRegistration
{
    /// <summary>
/// Employee documents: who may see them, the profile panel, "My documents", expiring-soon reminders, HR's card of documents
/// to renew and the demo files.
/// </summary>
    public static IServiceCollection AddEmployeeDocuments(this IServiceCollection services)
    {
        services.AddScoped<DocumentAccess>();
        services.AddScoped<IAuthorizationHandler, DocumentAuthorizationHandler>();
        services.AddProfilePanel<DocumentsPanel>(ProfileColumn.Side, 120);
        services.AddNavigation<MyDocumentsNavigation>();
        services.AddNotificationKind<OnboardingModule>(ExpiringDocumentReminders.Kind, "A document expires soon", "bi-hourglass-split", emailByDefault: true,
            (args, l) => l["{0}: {1} expires on {2}.", args.Get("employee"),
                l[DocumentLabels.Of(Enum.TryParse<EmployeeDocumentType>(args.Get("type"), out var type) ? type : EmployeeDocumentType.Other)],
                args.DateText("expires")]);
        services.AddReminderSource<ExpiringDocumentReminders>();
        services.AddDashboardCard<ExpiringDocumentsCard>(360, CardWidth.Half, Roles.Hr);
        services.AddScoped<IDemoDataSeeder, DocumentDemoData>();
        return services;
    }
}

/// <summary>"My documents" in the person's own menu: their contract and papers, and what a plan asks them to upload.</summary>
public class MyDocumentsNavigation : INavigationContributor
{
    public Type Module => typeof(OnboardingModule);

    public Task<IEnumerable<MenuItem>> ContributeAsync(ICurrentUser user, CancellationToken cancellationToken) =>
        Task.FromResult<IEnumerable<MenuItem>>(user.EmployeeId is not { } id ? [] :
            [new MenuItem(MenuArea.User, 150, "My documents", $"~/employees/{id}/documents", "bi-folder2-open") { Id = "nav-my-documents" }]);
}
