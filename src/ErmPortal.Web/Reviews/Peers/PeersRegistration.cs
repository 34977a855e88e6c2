using ErmPortal.Web.Infrastructure.Modules;
using Microsoft.AspNetCore.Authorization;

namespace ErmPortal.Web.Reviews.Peers;

/// <summary>The 360° feedback part of the Reviews module: nominations, the peers' form, the aggregates, cards, reminders, demo data.</summary>
public static class PeersRegistration
{
    public static IServiceCollection AddReviewPeers(this IServiceCollection services) => services
        .AddScoped<PeerFeedbackAccess>()
        .AddScoped<IAuthorizationHandler, PeerFeedbackAuthorizationHandler>()
        .AddScoped<PeerNews>()
        .AddPeerNotifications()
        .AddDashboardCard<FeedbackToGiveCard>(610, CardWidth.Half)
        .AddDashboardCard<NominationsToApproveCard>(612, CardWidth.Half, Data.Accounts.Roles.Manager)
        .AddScoped<IDemoDataSeeder, PeerDemoData>();
}
