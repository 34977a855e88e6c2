using ErmPortal.Data.Organisation;
using ErmPortal.Data.Shared;

namespace ErmPortal.Tests.Unit;

public class EmployeeStatusTests
{
    private static Employee NewHire() =>
        Employee.Hire("Ada", "Lovelace", "ada@erm.test", new DateOnly(2026, 1, 5), 1, 1, 1, null, EmploymentType.FullTime);

    [Fact]
    public void Should_start_onboarding_and_announce_the_hire_when_hired()
    {
        var employee = NewHire();
        Assert.Equal(EmployeeStatus.Onboarding, employee.Status);
        Assert.IsType<EmployeeHired>(Assert.Single(employee.DomainEvents));
    }

    [Fact]
    public void Should_follow_the_lifecycle_when_moving_step_by_step()
    {
        var employee = NewHire();
        foreach (var next in new[] { EmployeeStatus.Active, EmployeeStatus.OnLeave, EmployeeStatus.Active, EmployeeStatus.Leaving, EmployeeStatus.Left })
        {
            employee.MoveTo(next);
            Assert.Equal(next, employee.Status);
        }
    }

    [Fact]
    public void Should_refuse_leave_when_still_onboarding()
    {
        var error = Assert.Throws<DomainRuleException>(() => NewHire().MoveTo(EmployeeStatus.OnLeave));
        Assert.Equal(nameof(Employee.Status), error.PropertyName);
    }

    [Fact]
    public void Should_refuse_any_change_when_employee_has_left()
    {
        var employee = NewHire();
        employee.MoveTo(EmployeeStatus.Left);
        Assert.Throws<DomainRuleException>(() => employee.MoveTo(EmployeeStatus.Active));
    }

    private static readonly DateOnly Today = new(2026, 6, 1);

    [Fact]
    public void Should_start_job_history_with_the_hire()
    {
        var hire = Assert.Single(NewHire().JobHistory);
        Assert.Equal(JobChangeKind.Hire, hire.Kind);
        Assert.Equal(new DateOnly(2026, 1, 5), hire.AppliedOn);
    }

    [Fact]
    public void Should_announce_transfer_with_previous_values_when_change_is_effective_today()
    {
        var employee = NewHire();
        employee.TakeDomainEvents();
        employee.ChangeJob(JobChangeKind.Transfer, Today, 1, 1, 1, managerId: 7, null, Today);
        var transferred = Assert.IsType<EmployeeTransferred>(Assert.Single(employee.DomainEvents));
        Assert.Null(transferred.FromManagerId);
        Assert.Equal(7, employee.ManagerId);
        Assert.Equal(Today, employee.JobHistory.Last().AppliedOn);
    }

    [Fact]
    public void Should_wait_for_the_day_when_change_is_dated_in_the_future()
    {
        var employee = NewHire();
        employee.TakeDomainEvents();
        var change = employee.ChangeJob(JobChangeKind.Transfer, Today.AddDays(10), 2, 1, 1, null, null, Today);
        Assert.Equal(1, employee.DepartmentId);
        Assert.Null(change.AppliedOn);
        Assert.IsType<JobChangeScheduled>(Assert.Single(employee.DomainEvents));

        employee.Apply(change, Today.AddDays(10));
        Assert.Equal(2, employee.DepartmentId);
        employee.Apply(change, Today.AddDays(11)); // applying twice changes nothing more
        Assert.Equal(Today.AddDays(10), change.AppliedOn);
    }

    [Fact]
    public void Should_be_leaving_until_the_last_day_when_terminated()
    {
        var employee = NewHire();
        employee.MoveTo(EmployeeStatus.Active);
        employee.Terminate(Today.AddDays(30), "Moving abroad", voluntary: true, Today);
        Assert.Equal(EmployeeStatus.Leaving, employee.Status);
        Assert.Equal(Today.AddDays(30), employee.LastDay);
    }

    [Fact]
    public void Should_have_left_at_once_when_last_day_is_already_past()
    {
        var employee = NewHire();
        employee.MoveTo(EmployeeStatus.Active);
        employee.Terminate(Today.AddDays(-1), "Contract ended", voluntary: false, Today);
        Assert.Equal(EmployeeStatus.Left, employee.Status);
    }

    [Fact]
    public void Should_clear_leaving_details_when_resignation_is_withdrawn()
    {
        var employee = NewHire();
        employee.MoveTo(EmployeeStatus.Active);
        employee.Terminate(Today.AddDays(30), "Resigned", voluntary: true, Today);
        employee.MoveTo(EmployeeStatus.Active);
        Assert.Null(employee.LastDay);
        Assert.Null(employee.LeavingReason);
    }
}
