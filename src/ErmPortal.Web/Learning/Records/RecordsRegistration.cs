using ErmPortal.Data.Accounts;
using ErmPortal.Web.Infrastructure.Modules;
using ErmPortal.Web.Notifications;
using ErmPortal.Web.Organisation;
using Microsoft.AspNetCore.Authorization;

namespace ErmPortal.Web.Learning.Records;

public static class RecordsRegistration
{
    /// <summary>
    /// Training records: completions, outside training and its confirmation, certificates and certifications to renew,
    /// feedback and course ratings, with their timeline kinds, notifications, reminders, home cards, profile panel and demo history.
    /// </summary>
    public static IServiceCollection AddLearningRecords(this IServiceCollection services)
    {
        services.AddScoped<TrainingAccess>();
        services.AddScoped<IAuthorizationHandler, TrainingAuthorizationHandler>();
        services.AddRecordsTimelineKinds();
        services.AddRecordsNotifications();
        services.AddReminderSource<CertificationReminders>();
        services.AddDashboardCard<MyTrainingCard>(520, CardWidth.Half);
        services.AddDashboardCard<ExpiringCertificationsCard>(522, CardWidth.Half, Roles.Hr, Roles.Manager);
        services.AddDashboardCard<RecordsToConfirmCard>(523, CardWidth.Half, Roles.Hr);
        services.AddProfilePanel<TrainingPanel>(ProfileColumn.Side, 140);
        services.AddScoped<IDemoDataSeeder, TrainingRecordDemoData>();
        return services;
    }
}
