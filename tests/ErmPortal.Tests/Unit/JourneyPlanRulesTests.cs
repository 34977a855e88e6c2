using ErmPortal.Data.Onboarding;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Shared;

namespace ErmPortal.Tests.Unit;

/// <summary>How a template becomes a plan with real days and people, and how a running plan changes.</summary>
public class JourneyPlanRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Monday = new(2027, 1, 4);

    [Theory]
    [InlineData("2027-01-04", -5, OffsetUnit.Days, "2026-12-30")]
    [InlineData("2027-01-04", -1, OffsetUnit.Days, "2027-01-01")] // Sunday: done the Friday before
    [InlineData("2027-01-04", 5, OffsetUnit.Days, "2027-01-11")] // Saturday: the Monday after
    [InlineData("2027-01-04", 30, OffsetUnit.Days, "2027-02-03")]
    [InlineData("2027-01-04", -5, OffsetUnit.WorkingDays, "2026-12-28")]
    [InlineData("2027-01-04", 1, OffsetUnit.WorkingDays, "2027-01-05")]
    [InlineData("2027-01-04", 5, OffsetUnit.WorkingDays, "2027-01-11")]
    [InlineData("2027-01-03", 0, OffsetUnit.WorkingDays, "2027-01-04")] // a Sunday start: the first working day
    [InlineData("2028-01-31", 1, OffsetUnit.Months, "2028-02-29")] // kept to the end of a leap February
    [InlineData("2027-01-31", 1, OffsetUnit.Months, "2027-03-01")] // 28 February 2027 is a Sunday
    [InlineData("2027-01-04", 0, OffsetUnit.MonthEnd, "2027-01-29")] // 31 January is a Sunday
    [InlineData("2027-01-04", 1, OffsetUnit.MonthEnd, "2027-02-26")]
    [InlineData("2027-01-04", -1, OffsetUnit.MonthEnd, "2026-12-31")]
    public void Should_fall_on_a_working_day_when_an_offset_is_resolved(string anchor, int offset, OffsetUnit unit, string due) =>
        Assert.Equal(DateOnly.Parse(due), DueDates.Resolve(DateOnly.Parse(anchor), offset, unit));

    private static Employee NewHire()
    {
        var employee = Employee.Hire("Ada", "Byron", "ada@example.test", Monday, 1, 2, 3, managerId: 20, EmploymentType.FullTime);
        employee.Id = 10;
        return employee;
    }

    private static JourneyTemplate Template(params TemplateTask[] tasks)
    {
        var template = new JourneyTemplate { Name = "Engineering onboarding", Kind = JourneyKind.Onboarding, DepartmentId = 1 };
        template.Revise(tasks, "hr", Now);
        return template;
    }

    private static TemplateTask Task(string title, TaskOwner owner, int offset, OffsetUnit unit = OffsetUnit.Days) =>
        new() { Title = title, Owner = owner, DueOffset = offset, DueUnit = unit };

    private static readonly JourneyPlan.Assignees People = new(Hr: 30, Manager: 20, It: 40, Buddy: null, Employee: 10);

    private static JourneyPlan Plan(JourneyTemplate template) =>
        JourneyPlan.Start(NewHire(), JourneyKind.Onboarding, template.Current, Monday, "Europe/Rome", People, "hr", Now);

    [Fact]
    public void Should_give_every_task_a_day_and_a_named_person_when_a_plan_starts()
    {
        var plan = Plan(Template(Task("Prepare laptop", TaskOwner.It, -5, OffsetUnit.WorkingDays), Task("Welcome lunch", TaskOwner.Manager, 0),
            Task("Show the codebase", TaskOwner.Buddy, 1, OffsetUnit.WorkingDays), Task("Read the handbook", TaskOwner.Employee, 30)));

        Assert.Equal([("Prepare laptop", new DateOnly(2026, 12, 28), (int?)40), ("Welcome lunch", Monday, 20), ("Show the codebase", new DateOnly(2027, 1, 5), null),
            ("Read the handbook", new DateOnly(2027, 2, 3), 10)], plan.Tasks.Select(t => (t.Title, t.DueDate, t.AssigneeId)));
        Assert.Equal(0, plan.Percent);
        // The new hire and the manager are each asked at 30, 60 and 90 days.
        Assert.Equal(6, plan.CheckIns.Count);
        Assert.Equal([30, 60, 90], plan.CheckIns.Where(c => c.Respondent == CheckInRespondent.Manager).Select(c => c.DayMark));
        Assert.Single(plan.DomainEvents.OfType<PlanStarted>());
    }

    [Fact]
    public void Should_hand_the_buddy_tasks_to_the_buddy_when_one_is_named()
    {
        var plan = Plan(Template(Task("Coffee with the buddy", TaskOwner.Buddy, 1), Task("Lunch", TaskOwner.Manager, 0)));

        plan.AssignBuddy(50);

        Assert.Equal([(int?)50, 20], plan.Tasks.Select(t => t.AssigneeId));
        Assert.Throws<DomainRuleException>(() => plan.AssignBuddy(10));
    }

    [Fact]
    public void Should_keep_a_running_plan_as_it_was_when_its_template_is_edited()
    {
        var template = Template(Task("Prepare laptop", TaskOwner.It, -5));
        var plan = Plan(template);

        template.Revise([Task("Prepare laptop and phone", TaskOwner.It, -10), Task("Order badge", TaskOwner.Hr, -3)], "hr", Now.AddDays(1));

        Assert.Equal(2, template.Current!.Number);
        Assert.Equal(["Prepare laptop"], plan.Tasks.Select(t => t.Title));
        Assert.Equal(1, plan.TemplateVersion!.Number);
    }

    [Fact]
    public void Should_re_date_open_tasks_and_check_ins_but_not_done_ones_when_the_first_day_moves()
    {
        var plan = Plan(Template(Task("Prepare laptop", TaskOwner.It, -5, OffsetUnit.WorkingDays), Task("Welcome lunch", TaskOwner.Manager, 0)));
        var laptop = plan.Tasks[0];
        plan.Complete(laptop, "it", Now);

        plan.MoveAnchor(Monday.AddDays(7));

        Assert.Equal(new DateOnly(2026, 12, 28), laptop.DueDate);
        Assert.Equal(Monday.AddDays(7), plan.Tasks[1].DueDate);
        Assert.Equal(new DateOnly(2027, 2, 10), plan.CheckIns.First(c => c.DayMark == 30).DueDate);
    }

    [Fact]
    public void Should_complete_the_plan_when_its_last_task_is_done_and_then_refuse_changes()
    {
        var plan = Plan(Template(Task("Sign contract", TaskOwner.Employee, -3), Task("Lunch", TaskOwner.Manager, 0)));

        plan.Complete(plan.Tasks[0], "ada", Now);
        Assert.Equal((50, PlanStatus.Running), (plan.Percent, plan.Status));
        plan.Complete(plan.Tasks[1], "boss", Now.AddDays(1));

        Assert.Equal((100, PlanStatus.Completed, Now.AddDays(1)), (plan.Percent, plan.Status, plan.EndedAtUtc));
        Assert.Single(plan.DomainEvents.OfType<PlanCompleted>());
        Assert.Throws<DomainRuleException>(() => plan.AddTask(Task("Late task", TaskOwner.Hr, 5), 30));
    }

    [Fact]
    public void Should_keep_a_done_task_and_complete_the_plan_when_the_last_open_one_is_removed()
    {
        var plan = Plan(Template(Task("Sign contract", TaskOwner.Employee, -3), Task("Obsolete step", TaskOwner.Hr, 0)));
        plan.Complete(plan.Tasks[0], "ada", Now);

        Assert.Throws<DomainRuleException>(() => plan.RemoveTask(plan.Tasks[0], Now));
        plan.RemoveTask(plan.Tasks[1], Now);

        Assert.Equal(PlanStatus.Completed, plan.Status);
    }

    [Fact]
    public void Should_record_when_a_document_was_acknowledged_when_its_task_is_done()
    {
        var handbook = Task("Read the code of conduct", TaskOwner.Employee, 1);
        handbook.DocumentKey = "docs/conduct.pdf";
        var plan = Plan(Template(handbook));

        plan.Complete(plan.Tasks[0], "ada", Now);

        Assert.Equal(Now, plan.Tasks[0].AcknowledgedAtUtc);
    }

    [Theory]
    [InlineData(4, 4, 3, false)]
    [InlineData(5, 2, 5, true)]
    [InlineData(1, 5, 5, true)]
    [InlineData(3, 3, 3, false)]
    public void Should_flag_a_check_in_when_any_answer_is_low(int settled, int clarity, int support, bool flagged)
    {
        var checkIn = new CheckIn { DayMark = 30 };
        checkIn.Submit(settled, clarity, support, null, Now);
        Assert.Equal(flagged, checkIn.Flagged);
        Assert.Throws<DomainRuleException>(() => checkIn.Submit(5, 5, 5, null, Now));
    }

    [Fact]
    public void Should_refuse_a_score_outside_one_to_five_when_a_check_in_is_answered() =>
        Assert.Equal("Support", Assert.Throws<DomainRuleException>(() => new CheckIn().Submit(3, 3, 6, null, Now)).PropertyName);

    [Theory]
    [InlineData(null, null, 0)]
    [InlineData(1, null, 1)]
    [InlineData(null, 2, 2)]
    [InlineData(1, 2, 3)]
    [InlineData(9, null, null)]
    [InlineData(1, 9, null)]
    public void Should_prefer_the_template_closest_to_the_person_when_templates_are_matched(int? department, int? position, int? fit) =>
        Assert.Equal(fit, JourneyTemplate.Fit(department, position, departmentId: 1, positionId: 2));

    [Fact]
    public void Should_count_overdue_by_the_person_s_own_day_when_the_server_is_elsewhere()
    {
        // 23:30 UTC on 4 January is already 5 January in Tokyo.
        var lateEvening = new DateTime(2027, 1, 4, 23, 30, 0, DateTimeKind.Utc);
        Assert.Equal(new DateOnly(2027, 1, 5), JourneyPlan.LocalToday("Asia/Tokyo", lateEvening));
        Assert.Equal(new DateOnly(2027, 1, 4), JourneyPlan.LocalToday("Europe/Rome", lateEvening.AddHours(-1)));
        Assert.True(new PlanTask { Title = "x", DueDate = new DateOnly(2027, 1, 4) }.IsOverdue(JourneyPlan.LocalToday("Asia/Tokyo", lateEvening)));
    }
}
