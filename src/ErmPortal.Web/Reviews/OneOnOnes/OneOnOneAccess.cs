using ErmPortal.Data;
using ErmPortal.Data.Reviews;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Reviews.OneOnOnes;

public static class OneOnOneOperations
{
    /// <summary>Schedule a 1:1 with the person.</summary>
    public static readonly OperationAuthorizationRequirement Schedule = new() { Name = nameof(Schedule) };
    /// <summary>Read a meeting and write in it: its agenda, notes and action items.</summary>
    public static readonly OperationAuthorizationRequirement TakePart = new() { Name = nameof(TakePart) };
}

/// <summary>A 1:1 (held or to be scheduled) between a manager and a report, with who the viewer is and how they stand to the report.</summary>
public record OneOnOnePair(int ManagerId, int EmployeeId, int? ViewerId, EmployeeRelation RelationToEmployee);

/// <summary>
/// Fails closed. A 1:1 is a private conversation: only its two people read or write it. Not the managers above, not HR,
/// not Admin; they are told it does not exist. A manager schedules 1:1s with their own direct reports.
/// </summary>
public class OneOnOneAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, OneOnOnePair>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, OneOnOnePair pair)
    {
        var allowed = requirement.Name switch
        {
            nameof(OneOnOneOperations.Schedule) => pair.ViewerId == pair.ManagerId && pair.RelationToEmployee.HasFlag(EmployeeRelation.DirectManager),
            nameof(OneOnOneOperations.TakePart) => pair.ViewerId is { } me && (me == pair.ManagerId || me == pair.EmployeeId),
            _ => false,
        };
        if (allowed) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}

/// <summary>Opens a meeting for one of its two people, or tells anyone else it does not exist.</summary>
public class OneOnOneAccess(ErmDbContext db, ICurrentUser user, ViewerRelations relations, IAuthorizationService authorization)
{
    /// <summary>The viewer's employee id; someone without an employee record takes part in no 1:1.</summary>
    public int Me => user.EmployeeId ?? throw new NotFoundException();

    /// <summary>The meeting, tracked for a change, when the viewer is one of its two people.</summary>
    public async Task<OneOnOne> OpenAsync(int meetingId, CancellationToken ct)
    {
        var meeting = await db.Set<OneOnOne>().FirstOrDefaultAsync(m => m.Id == meetingId, ct) ?? throw new NotFoundException();
        await RequireAsync(new OneOnOnePair(meeting.ManagerId, meeting.EmployeeId, user.EmployeeId, EmployeeRelation.None), OneOnOneOperations.TakePart);
        return meeting;
    }

    /// <summary>Returns when the viewer is the person's direct manager; "not found" otherwise.</summary>
    public async Task RequireCanScheduleAsync(int employeeId, CancellationToken ct) =>
        await RequireAsync(new OneOnOnePair(Me, employeeId, user.EmployeeId, await relations.OfAsync(employeeId, ct)), OneOnOneOperations.Schedule);

    private async Task RequireAsync(OneOnOnePair pair, OperationAuthorizationRequirement operation)
    {
        if (!(await authorization.AuthorizeAsync(user.Principal, pair, operation)).Succeeded) throw new NotFoundException();
    }
}
