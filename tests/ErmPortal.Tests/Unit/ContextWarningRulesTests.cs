using System.Security.Claims;
using ErmPortal.Data.Cases;
using ErmPortal.Data.Compensation;
using ErmPortal.Data.Organisation;
using ErmPortal.Web.Cases;
using ErmPortal.Web.Compensation.Pay;
using ErmPortal.Web.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace ErmPortal.Tests.Unit;

/// <summary>What each module warns HR and managers of before they act on a person, and whom it tells.</summary>
public class ContextWarningRulesTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    private static IReadOnlyList<string> Messages(ContextFacts facts) => ContextWarnings.From(facts, Today).Select(w => w.Message).ToList();

    [Fact]
    public void Should_name_a_scheduled_promotion_as_one_and_any_other_change_as_a_job_change()
    {
        var promotion = new ContextFacts(EmployeeStatus.Active, null, new DateOnly(2020, 1, 1), 0, new ScheduledChange(Today.AddDays(10), JobChangeKind.Promotion));
        var transfer = promotion with { NextChange = new ScheduledChange(Today.AddDays(10), JobChangeKind.Transfer) };

        Assert.Equal(["A promotion takes effect on {0:d}."], Messages(promotion));
        Assert.Equal(["A job change takes effect on {0:d}."], Messages(transfer));
        Assert.Equal(Today.AddDays(10), ContextWarnings.From(promotion, Today).Single().Arguments[0]);
    }

    [Fact]
    public void Should_count_the_days_of_notice_left_and_warn_of_waiting_requests_only_when_there_are_some()
    {
        var leaving = new ContextFacts(EmployeeStatus.Leaving, Today.AddDays(12), new DateOnly(2020, 1, 1), 0, null);

        var warning = ContextWarnings.From(leaving, Today).Single();

        Assert.Equal("Notice period running: last day {0:d} ({1} days left).", warning.Message);
        Assert.Equal(12, warning.Arguments[1]);
        Assert.Empty(Messages(leaving with { Status = EmployeeStatus.Active }));
        Assert.Equal(["Change requests waiting for HR: {0}."], Messages(leaving with { Status = EmployeeStatus.Active, PendingRequests = 2 }));
    }

    private static SalaryRecord Salary(int id, DateOnly on, long euros, SalaryChangeReason reason = SalaryChangeReason.Merit, string currency = "EUR",
        PayFrequency frequency = PayFrequency.Annual) => new()
    {
        Id = id, EmployeeId = 1, EffectiveOn = on, AmountMinor = euros * 100, Currency = currency, Frequency = frequency, Reason = reason,
        CreatedAtUtc = on.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
    };

    [Fact]
    public void Should_find_a_raise_of_the_last_six_months_against_the_salary_before_it()
    {
        var hire = Salary(1, new DateOnly(2023, 3, 1), 40_000, SalaryChangeReason.Hire);

        Assert.Equal(new DateOnly(2026, 4, 1), PayContextWarnings.RecentRaiseOn([hire, Salary(2, new DateOnly(2026, 4, 1), 42_000)], Today));
        // Monthly pay of 3,600 is 43,200 a year: a raise on 42,000, though the amount is smaller.
        Assert.Equal(new DateOnly(2026, 5, 1), PayContextWarnings.RecentRaiseOn(
            [hire, Salary(2, new DateOnly(2026, 4, 1), 42_000), Salary(3, new DateOnly(2026, 5, 1), 3_600, frequency: PayFrequency.Monthly)], Today));
    }

    [Fact]
    public void Should_not_count_an_old_raise_a_cut_a_hire_a_change_of_currency_or_a_raise_still_to_come()
    {
        var hire = Salary(1, new DateOnly(2023, 3, 1), 40_000, SalaryChangeReason.Hire);

        Assert.Null(PayContextWarnings.RecentRaiseOn([hire, Salary(2, Today.AddMonths(-6), 42_000)], Today));
        Assert.Null(PayContextWarnings.RecentRaiseOn([hire, Salary(2, Today.AddDays(-20), 38_000, SalaryChangeReason.Correction)], Today));
        Assert.Null(PayContextWarnings.RecentRaiseOn([hire, Salary(2, Today.AddDays(-20), 50_000, SalaryChangeReason.Hire)], Today));
        Assert.Null(PayContextWarnings.RecentRaiseOn([hire, Salary(2, Today.AddDays(-20), 45_000, currency: "GBP")], Today));
        Assert.Null(PayContextWarnings.RecentRaiseOn([hire, Salary(2, Today.AddDays(1), 45_000)], Today));
        Assert.Null(PayContextWarnings.RecentRaiseOn([Salary(1, Today.AddDays(-5), 40_000, SalaryChangeReason.Hire)], Today));
    }

    [Fact]
    public void Should_tell_hr_each_open_case_with_its_kind_and_the_managers_one_neutral_sentence()
    {
        (CaseKind, DateOnly)[] open = [(CaseKind.Grievance, new DateOnly(2026, 5, 2)), (CaseKind.HealthAndAccommodation, new DateOnly(2026, 6, 1))];

        var forHr = CaseContextWarnings.Warnings(7, handles: true, open, CaseLabels.Of);
        var forManagers = CaseContextWarnings.Warnings(7, handles: false, open, CaseLabels.Of);

        Assert.Equal([("Grievance", new DateOnly(2026, 5, 2)), ("Health and accommodation", new DateOnly(2026, 6, 1))],
            forHr.Select(w => ((string)w.Warning.Arguments[0], (DateOnly)w.Warning.Arguments[1])));
        Assert.All(forHr, w => Assert.Equal("An HR case is open ({0}) since {1:d}.", w.Warning.Message));
        var neutral = Assert.Single(forManagers);
        Assert.Equal("Talk to HR before acting on this person: something is open with them.", neutral.Warning.Message);
        Assert.Empty(neutral.Warning.Arguments);
        Assert.Empty(CaseContextWarnings.Warnings(7, handles: false, [], CaseLabels.Of));
    }

    public static TheoryData<EmployeeRelation, bool, bool> CaseRules => new()
    {
        // Handle, Notice
        { EmployeeRelation.Peer | EmployeeRelation.Hr, true, false },
        // An HR person about themselves learns nothing, not even that something is open.
        { EmployeeRelation.Peer | EmployeeRelation.Hr | EmployeeRelation.Self, false, false },
        { EmployeeRelation.Peer | EmployeeRelation.ManagerChain | EmployeeRelation.DirectManager, false, true },
        { EmployeeRelation.Peer | EmployeeRelation.ManagerChain, false, true },
        { EmployeeRelation.Peer | EmployeeRelation.Hr | EmployeeRelation.ManagerChain, true, true },
        { EmployeeRelation.Peer | EmployeeRelation.Self, false, false },
        { EmployeeRelation.Peer, false, false },
        { EmployeeRelation.Peer | EmployeeRelation.Admin, false, false },
    };

    [Theory]
    [MemberData(nameof(CaseRules))]
    public async Task Should_let_hr_handle_cases_and_managers_only_notice_them_when_authorizing(EmployeeRelation relation, bool handle, bool notice)
    {
        async Task<bool> Allowed(OperationAuthorizationRequirement operation)
        {
            var context = new AuthorizationHandlerContext([operation], new ClaimsPrincipal(), new PersonCases(42, relation));
            await new CaseAuthorizationHandler().HandleAsync(context);
            return context.HasSucceeded;
        }

        Assert.Equal(handle, await Allowed(CaseOperations.Handle));
        Assert.Equal(notice, await Allowed(CaseOperations.Notice));
    }
}
