using System.Linq.Expressions;
using ErmPortal.Data.Learning;

namespace ErmPortal.Web.Learning.Enrolments;

/// <summary>
/// Who decides a request: the person's manager as the organisation stands now (a request follows its person to a new
/// manager), or HR when the person has none; HR may decide any. Nobody decides their own.
/// </summary>
public static class Deciders
{
    public static Expression<Func<Enrolment, bool>> CanDecide(int? me, bool hr) =>
        e => e.EmployeeId != me && (hr || (me != null && e.Employee.ManagerId == me));

    /// <summary>The requests waiting on me in particular (the card and the reminders): my direct reports', and for HR those of people without a manager.</summary>
    public static Expression<Func<Enrolment, bool>> WaitingOn(int? me, bool hr) =>
        e => e.Status == EnrolmentStatus.Requested && e.EmployeeId != me
             && ((me != null && e.Employee.ManagerId == me) || (hr && e.Employee.ManagerId == null));
}
