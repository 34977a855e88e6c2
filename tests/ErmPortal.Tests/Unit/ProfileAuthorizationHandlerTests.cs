using System.Security.Claims;
using ErmPortal.Web.Organisation;
using ErmPortal.Web.Profiles;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace ErmPortal.Tests.Unit;

/// <summary>The rules for change requests and photos, relation by relation.</summary>
public class ProfileAuthorizationHandlerTests
{
    private const EmployeeRelation Manager = EmployeeRelation.Peer | EmployeeRelation.ManagerChain | EmployeeRelation.DirectManager;

    public static TheoryData<EmployeeRelation, string, bool> ChangeRequestRules => new()
    {
        { EmployeeRelation.Peer | EmployeeRelation.Self, nameof(ChangeRequestOperations.View), true },
        { EmployeeRelation.Peer | EmployeeRelation.Self, nameof(ChangeRequestOperations.Withdraw), true },
        { EmployeeRelation.Peer | EmployeeRelation.Self, nameof(ChangeRequestOperations.Decide), false },
        { EmployeeRelation.Peer | EmployeeRelation.Hr, nameof(ChangeRequestOperations.View), true },
        { EmployeeRelation.Peer | EmployeeRelation.Hr, nameof(ChangeRequestOperations.Decide), true },
        { EmployeeRelation.Peer | EmployeeRelation.Hr, nameof(ChangeRequestOperations.Withdraw), false },
        // HR asking for their own change waits for a colleague.
        { EmployeeRelation.Peer | EmployeeRelation.Hr | EmployeeRelation.Self, nameof(ChangeRequestOperations.Decide), false },
        // A request is personal: not for the managers, not for Admin.
        { Manager, nameof(ChangeRequestOperations.View), false },
        { EmployeeRelation.Peer | EmployeeRelation.Admin, nameof(ChangeRequestOperations.View), false },
        { EmployeeRelation.Peer, nameof(ChangeRequestOperations.View), false },
        { EmployeeRelation.Peer | EmployeeRelation.Hr, "SomethingUnknown", false },
    };

    [Theory]
    [MemberData(nameof(ChangeRequestRules))]
    public async Task Should_decide_change_requests_by_relation(EmployeeRelation relation, string operation, bool allowed)
    {
        var context = new AuthorizationHandlerContext([new OperationAuthorizationRequirement { Name = operation }], new ClaimsPrincipal(),
            new ChangeRequestResource(7, 42, relation));
        await new ChangeRequestAuthorizationHandler().HandleAsync(context);
        Assert.Equal(allowed, context.HasSucceeded);
    }

    [Theory]
    [InlineData(EmployeeRelation.None, false)]
    [InlineData(EmployeeRelation.Peer, true)]
    [InlineData(EmployeeRelation.Peer | EmployeeRelation.Admin, true)]
    public async Task Should_show_a_photo_to_whoever_sees_the_card(EmployeeRelation relation, bool allowed)
    {
        var context = new AuthorizationHandlerContext([PhotoOperations.View], new ClaimsPrincipal(), new EmployeePhoto(42, relation));
        await new PhotoAuthorizationHandler().HandleAsync(context);
        Assert.Equal(allowed, context.HasSucceeded);
    }

    [Fact]
    public async Task Should_fail_closed_when_no_change_request_is_given()
    {
        var context = new AuthorizationHandlerContext([ChangeRequestOperations.View], new ClaimsPrincipal(), resource: null);
        await new ChangeRequestAuthorizationHandler().HandleAsync(context);
        Assert.False(context.HasSucceeded);
    }
}
