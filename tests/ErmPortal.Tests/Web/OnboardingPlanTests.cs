using System.Globalization;
using System.Net;
using ErmPortal.Data.Onboarding;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Recruitment;
using ErmPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

/// <summary>Plans start by themselves: a hire gets an onboarding plan from the template that fits, a recorded departure an offboarding one.</summary>
public class OnboardingPlanTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    /// <summary>A Monday a few weeks ahead, so the tasks' days are easy to check.</summary>
    private static readonly DateOnly FirstDay = NextMonday(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(21));

    private static DateOnly NextMonday(DateOnly day)
    {
        while (day.DayOfWeek != DayOfWeek.Monday) day = day.AddDays(1);
        return day;
    }

    /// <summary>A template for the demo manager's own department and position, so it fits their hires better than any other.</summary>
    private Task<int> PlantTemplateAsync(JourneyKind kind, string name, params TemplateTask[] tasks) => portal.QueryDbAsync(async db =>
    {
        var manager = await db.Employees.SingleAsync(e => e.WorkEmail == DemoPeople.Manager);
        var template = new JourneyTemplate { Name = name, Kind = kind, DepartmentId = manager.DepartmentId, PositionId = manager.PositionId };
        template.Revise(tasks, "planted", DateTime.UtcNow);
        db.Add(template);
        await db.SaveChangesAsync();
        return template.Id;
    });

    private static TemplateTask Task(string title, TaskOwner owner, int offset, OffsetUnit unit = OffsetUnit.WorkingDays) =>
        new() { Title = title, Owner = owner, DueOffset = offset, DueUnit = unit };

    private async Task<int> HireAsync(string emailPrefix)
    {
        var planted = await portal.PlantOpeningAsync(DemoPeople.Manager, [], 1, emailPrefix);
        await portal.MoveToOfferAsync(planted.ApplicationIds[0]);
        await portal.PlantOfferAsync(planted.ApplicationIds[0], 45_000, OfferStatus.Accepted, FirstDay);
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var hirePage = $"/recruitment/applications/{planted.ApplicationIds[0]}/hire";
        var fields = await hr.FormFieldsAsync(hirePage);
        fields["WorkEmail"] = $"{emailPrefix}@erm.demo";
        Assert.Equal(HttpStatusCode.Redirect, (await hr.PostFormAsync(hirePage, hirePage, fields)).StatusCode);
        return await portal.QueryDbAsync(db => db.Employees.Where(e => e.WorkEmail == $"{emailPrefix}@erm.demo").Select(e => e.Id).SingleAsync());
    }

    private Task<JourneyPlan?> PlanOfAsync(int employeeId, JourneyKind kind) => portal.QueryDbAsync(db => db.Set<JourneyPlan>()
        .Include(p => p.Tasks).Include(p => p.CheckIns).Include(p => p.TemplateVersion).AsNoTracking()
        .SingleOrDefaultAsync(p => p.EmployeeId == employeeId && p.Kind == kind));

    [Fact]
    public async Task Should_start_an_onboarding_plan_from_the_fitting_template_with_people_and_days_when_a_candidate_is_hired()
    {
        var templateId = await PlantTemplateAsync(JourneyKind.Onboarding, "Hires of the demo manager's team",
            Task("Prepare the laptop", TaskOwner.It, -3), Task("Welcome lunch", TaskOwner.Manager, 0), Task("Tour of the office", TaskOwner.Buddy, 1),
            Task("Read the handbook", TaskOwner.Employee, 5));

        var employeeId = await HireAsync("onboarded.hire");

        var plan = await PlanOfAsync(employeeId, JourneyKind.Onboarding);
        Assert.NotNull(plan);
        Assert.Equal((templateId, FirstDay, PlanStatus.Running), (plan.TemplateVersion!.TemplateId, plan.AnchorDate, plan.Status));
        var (managerId, hrId) = await portal.QueryDbAsync(async db => (
            await db.Employees.Where(e => e.WorkEmail == DemoPeople.Manager).Select(e => e.Id).SingleAsync(),
            await db.Employees.Where(e => e.WorkEmail == DemoPeople.Hr).Select(e => (int?)e.Id).SingleOrDefaultAsync()));
        var tasks = plan.Tasks.OrderBy(t => t.Order).ToList();
        Assert.Equal([FirstDay.AddDays(-5), FirstDay, FirstDay.AddDays(1), FirstDay.AddDays(7)], tasks.Select(t => t.DueDate));
        Assert.Equal(managerId, tasks[1].AssigneeId);
        Assert.Equal(employeeId, tasks[3].AssigneeId);
        // A buddy from the new hire's department, with a year here, who is not their manager, takes the buddy's task.
        Assert.NotNull(plan.BuddyId);
        Assert.Equal(plan.BuddyId, tasks[2].AssigneeId);
        var buddy = await portal.QueryDbAsync(db => db.Employees.AsNoTracking().SingleAsync(e => e.Id == plan.BuddyId));
        var hire = await portal.QueryDbAsync(db => db.Employees.AsNoTracking().SingleAsync(e => e.Id == employeeId));
        Assert.Equal(hire.DepartmentId, buddy.DepartmentId);
        Assert.NotEqual(managerId, buddy.Id);
        Assert.True(buddy.HireDate <= DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-1));
        Assert.Equal(6, plan.CheckIns.Count);
        Assert.NotEqual(hrId, employeeId);
    }

    [Fact]
    public async Task Should_keep_a_running_plan_as_it_was_when_its_template_is_edited_afterwards()
    {
        var templateId = await PlantTemplateAsync(JourneyKind.Onboarding, "Edited later", Task("First version task", TaskOwner.Manager, 0));
        var employeeId = await HireAsync("edited.template");

        await portal.QueryDbAsync(async db =>
        {
            var template = await db.Set<JourneyTemplate>().Include(t => t.Versions).SingleAsync(t => t.Id == templateId);
            template.Revise([Task("Second version task", TaskOwner.Manager, 0)], "planted", DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });

        Assert.Equal(["First version task"], (await PlanOfAsync(employeeId, JourneyKind.Onboarding))!.Tasks.Select(t => t.Title));
    }

    [Fact]
    public async Task Should_start_an_offboarding_plan_around_the_last_day_when_hr_records_a_departure()
    {
        await PlantTemplateAsync(JourneyKind.Offboarding, "Leavers of the demo manager's team",
            Task("Hand over your work", TaskOwner.Employee, -5), Task("Return the laptop", TaskOwner.Employee, 0), Task("Exit interview", TaskOwner.Hr, -2));
        var employeeId = await HireAsync("leaving.soon");
        var lastDay = FirstDay.AddDays(60 + (int)DayOfWeek.Friday - (int)FirstDay.AddDays(60).DayOfWeek);
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var page = $"/employees/{employeeId}/leaving";
        var fields = await hr.FormFieldsAsync(page);
        fields["LastDay"] = lastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        fields["Reason"] = "Moving abroad";

        Assert.Equal(HttpStatusCode.Redirect, (await hr.PostFormAsync(page, page, fields)).StatusCode);

        var plan = await PlanOfAsync(employeeId, JourneyKind.Offboarding);
        Assert.NotNull(plan);
        Assert.Equal(lastDay, plan.AnchorDate);
        Assert.Equal([lastDay.AddDays(-7), lastDay, lastDay.AddDays(-2)], plan.Tasks.OrderBy(t => t.Order).Select(t => t.DueDate));
        Assert.Empty(plan.CheckIns);
    }
}
