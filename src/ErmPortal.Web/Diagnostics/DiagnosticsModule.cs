using ErmPortal.Web.Infrastructure.Modules;

namespace ErmPortal.Web.Diagnostics;

/// <summary>
/// Pages that exist to measure the portal, not to serve people: the baseline page the load benchmark
/// (tests/ErmPortal.Benchmarks) compares every other page with. No menu entry; nothing to register beyond
/// its controller and handler, which are found like every other.
/// </summary>
public class DiagnosticsModule : IPortalModule
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }
}
