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

    [Theory]
    [InlineData(EmployeeStatus.OnLeave)]
    [InlineData(EmployeeStatus.Leaving)]
    public void Should_refuse_skipping_active_when_still_onboarding(EmployeeStatus target)
    {
        var error = Assert.Throws<DomainRuleException>(() => NewHire().MoveTo(target));
        Assert.Equal(nameof(Employee.Status), error.PropertyName);
    }

    [Fact]
    public void Should_refuse_any_change_when_employee_has_left()
    {
        var employee = NewHire();
        employee.MoveTo(EmployeeStatus.Left);
        Assert.Throws<DomainRuleException>(() => employee.MoveTo(EmployeeStatus.Active));
    }

    [Fact]
    public void Should_announce_transfer_with_previous_values_when_manager_changes()
    {
        var employee = NewHire();
        employee.TakeDomainEvents();
        employee.Transfer(1, 1, 1, managerId: 7);
        var transferred = Assert.IsType<EmployeeTransferred>(Assert.Single(employee.DomainEvents));
        Assert.Null(transferred.FromManagerId);
        Assert.Equal(7, employee.ManagerId);
    }

    [Fact]
    public void Should_raise_nothing_when_transfer_changes_nothing()
    {
        var employee = NewHire();
        employee.TakeDomainEvents();
        employee.Transfer(1, 1, 1, null);
        Assert.Empty(employee.DomainEvents);
    }
}
