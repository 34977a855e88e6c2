using ErmPortal.Data.Accounts;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Modules;

namespace ErmPortal.Web.Recruitment.Pipeline;

/// <summary>HR and managers find candidates across the openings they may see; the list of anyone else would be empty.</summary>
public class CandidatesNavigation : INavigationContributor
{
    public Task<IEnumerable<MenuItem>> ContributeAsync(ICurrentUser user, CancellationToken cancellationToken) =>
        Task.FromResult<IEnumerable<MenuItem>>(
            [new MenuItem(MenuArea.Main, 455, "Candidates", "~/recruitment/candidates", "bi-person-vcard") { Roles = [Roles.Manager, Roles.Hr], Id = "nav-candidates" }]);
}
