using ErmPortal.Data.Onboarding;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Recruitment;
using MediatR;

namespace ErmPortal.Web.Onboarding.Plans;

/// <summary>
/// A hire starts its onboarding plan, with the best-fitting template and a suggested buddy, inside the hire's own
/// transaction; a recorded departure starts the offboarding plan around the last day. An internal transfer is not a
/// new hire, and a person who already has a running plan of the kind does not get a second.
/// </summary>
public class StartPlansAutomatically(PlanStarter starter, BuddySuggestions buddies)
    : INotificationHandler<CandidateHired>, INotificationHandler<EmployeeTerminated>
{
    public async Task Handle(CandidateHired notification, CancellationToken ct)
    {
        var employee = notification.Employee;
        if (notification.Transfer || await starter.HasRunningAsync(employee.Id, JourneyKind.Onboarding, ct)) return;
        var buddy = (await buddies.ForAsync(employee.Id, employee.DepartmentId, employee.ManagerId, ct)).FirstOrDefault();
        await starter.StartAsync(employee, JourneyKind.Onboarding, employee.HireDate, null, buddy?.Id, ct);
    }

    public async Task Handle(EmployeeTerminated notification, CancellationToken ct)
    {
        if (await starter.HasRunningAsync(notification.Employee.Id, JourneyKind.Offboarding, ct)) return;
        await starter.StartAsync(notification.Employee, JourneyKind.Offboarding, notification.LastDay, null, null, ct);
    }
}
