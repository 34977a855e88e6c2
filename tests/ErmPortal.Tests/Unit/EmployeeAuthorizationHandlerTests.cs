using System.Security.Claims;
using ErmPortal.Web.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace ErmPortal.Tests.Unit;

/// <summary>The rule table: which relation may do what with an employee's records.</summary>
public class EmployeeAuthorizationHandlerTests
{
    public static TheoryData<EmployeeRelation, string, bool> Rules => new()
    {
        { EmployeeRelation.None, nameof(EmployeeOperations.ViewCard), false },
        { EmployeeRelation.Peer, nameof(EmployeeOperations.ViewCard), true },
        { EmployeeRelation.Peer, nameof(EmployeeOperations.ViewEmployment), false },
        { EmployeeRelation.Peer, nameof(EmployeeOperations.Edit), false },
        { EmployeeRelation.Peer | EmployeeRelation.Self, nameof(EmployeeOperations.ViewEmployment), true },
        { EmployeeRelation.Peer | EmployeeRelation.Self, nameof(EmployeeOperations.Edit), false },
        { EmployeeRelation.Peer | EmployeeRelation.ManagerChain, nameof(EmployeeOperations.ViewEmployment), true },
        { EmployeeRelation.Peer | EmployeeRelation.ManagerChain, nameof(EmployeeOperations.Edit), false },
        { EmployeeRelation.Peer | EmployeeRelation.Hr, nameof(EmployeeOperations.ViewEmployment), true },
        { EmployeeRelation.Peer | EmployeeRelation.Hr, nameof(EmployeeOperations.Edit), true },
        { EmployeeRelation.Peer | EmployeeRelation.Admin, nameof(EmployeeOperations.Edit), true },
        { EmployeeRelation.Peer | EmployeeRelation.Admin, "SomethingUnknown", false },
        // Pay: the person, their managers and HR; never a peer or Admin.
        { EmployeeRelation.Peer, nameof(EmployeeOperations.ViewPay), false },
        { EmployeeRelation.Peer | EmployeeRelation.Admin, nameof(EmployeeOperations.ViewPay), false },
        { EmployeeRelation.Peer | EmployeeRelation.Self, nameof(EmployeeOperations.ViewPay), true },
        { EmployeeRelation.Peer | EmployeeRelation.ManagerChain, nameof(EmployeeOperations.ViewPay), true },
        { EmployeeRelation.Peer | EmployeeRelation.Hr, nameof(EmployeeOperations.ViewPay), true },
        // Calibrated ratings: above the person and HR, not the person, even when the person is in HR.
        { EmployeeRelation.Peer | EmployeeRelation.Self, nameof(EmployeeOperations.ViewPerformance), false },
        { EmployeeRelation.Self | EmployeeRelation.Hr, nameof(EmployeeOperations.ViewPerformance), false },
        { EmployeeRelation.Peer | EmployeeRelation.ManagerChain, nameof(EmployeeOperations.ViewPerformance), true },
        { EmployeeRelation.Peer | EmployeeRelation.Hr, nameof(EmployeeOperations.ViewPerformance), true },
        { EmployeeRelation.Peer | EmployeeRelation.Admin, nameof(EmployeeOperations.ViewPerformance), false },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public async Task Should_decide_by_relation_when_authorizing_an_operation(EmployeeRelation relation, string operation, bool allowed)
    {
        var requirement = new OperationAuthorizationRequirement { Name = operation };
        var context = new AuthorizationHandlerContext([requirement], new ClaimsPrincipal(), new EmployeeResource(42, relation));
        await new EmployeeAuthorizationHandler().HandleAsync(context);
        Assert.Equal(allowed, context.HasSucceeded);
    }

    [Fact]
    public async Task Should_fail_closed_when_no_employee_is_given()
    {
        var requirement = EmployeeOperations.ViewCard;
        var context = new AuthorizationHandlerContext([requirement], new ClaimsPrincipal(), resource: null);
        await new EmployeeAuthorizationHandler().HandleAsync(context);
        Assert.False(context.HasSucceeded);
    }
}
