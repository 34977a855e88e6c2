using ErmPortal.Data.Accounts;
using ErmPortal.Web.Infrastructure.Modules;
using ErmPortal.Web.Reviews.Talent;

namespace ErmPortal.Web.Reviews.Calibration;

/// <summary>The calibration part of the Reviews module: whose reviews a viewer calibrates, the home card, and the 9-box built on calibration.</summary>
public static class CalibrationRegistration
{
    public static IServiceCollection AddReviewCalibration(this IServiceCollection services) => services
        .AddScoped<CalibrationScope>()
        .AddScoped<TalentScope>()
        .AddDashboardCard<CalibrationCard>(376, CardWidth.Half, Roles.Hr, Roles.Manager);
}
