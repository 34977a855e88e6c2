using ErmPortal.Data;
using ErmPortal.Data.Onboarding;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Modules;
using ErmPortal.Web.Seeding;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Onboarding.Templates;

/// <summary>
/// The templates a demo organisation starts with: a default onboarding for everyone (revised twice, so its history has
/// something to show), one for Engineering, and a default offboarding. The code of conduct new hires acknowledge is a
/// small PDF shipped with the app, stored like any upload.
/// </summary>
public class TemplateDemoData(ErmDbContext db, IClock clock, TemplateDocument documents) : IDemoDataSeeder
{
    public const string DefaultOnboarding = "Welcome to the organisation";
    public const string EngineeringOnboarding = "Engineering onboarding";
    public const string DefaultOffboarding = "Leaving well";

    /// <summary>After the organisation and recruitment (up to 400), before anything that starts plans from templates.</summary>
    public int Order => 450;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var hr = await db.Users.Where(u => u.Email == $"hr@{OrganisationSeeder.DemoDomain}").Select(u => u.Id).FirstOrDefaultAsync(cancellationToken) ?? "";
        var engineering = await db.Departments.Where(d => d.Name == "Engineering").Select(d => (int?)d.Id).FirstOrDefaultAsync(cancellationToken);
        await using var pdf = typeof(TemplateDemoData).Assembly.GetManifestResourceStream("Onboarding.DemoDocuments.code-of-conduct.pdf")
                              ?? throw new InvalidOperationException("The demo code of conduct is missing from the build.");
        var conduct = await documents.StoreAsync(pdf, cancellationToken);
        var now = clock.UtcNow;

        var welcome = new JourneyTemplate { Name = DefaultOnboarding, Kind = JourneyKind.Onboarding };
        // The first versions are older than the demo's years of hires and departures, so each journey started from a version of its time.
        welcome.Revise(Welcome(conduct, revision: 1), hr, now.AddYears(-3).AddDays(-60));
        welcome.Revise(Welcome(conduct, revision: 2), hr, now.AddDays(-220));
        welcome.Revise(Welcome(conduct, revision: 3), hr, now.AddDays(-35));
        db.Add(welcome);

        if (engineering is not null)
        {
            var engineers = new JourneyTemplate { Name = EngineeringOnboarding, Kind = JourneyKind.Onboarding, DepartmentId = engineering };
            engineers.Revise([.. Welcome(conduct, revision: 3), .. Engineering()], hr, now.AddDays(-120));
            db.Add(engineers);
        }

        var leaving = new JourneyTemplate { Name = DefaultOffboarding, Kind = JourneyKind.Offboarding };
        leaving.Revise(Leaving(), hr, now.AddYears(-2).AddDays(-60));
        db.Add(leaving);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static TemplateTask Task(string title, TaskOwner owner, int offset, OffsetUnit unit, string? instructions = null) =>
        new() { Title = title, Owner = owner, DueOffset = offset, DueUnit = unit, Instructions = instructions };

    /// <summary>The default onboarding as it grew: the first week's form came with the second version, payroll at month end with the third.</summary>
    private static List<TemplateTask> Welcome(string conductKey, int revision)
    {
        var tasks = new List<TemplateTask>
        {
            Task("Send the contract pack", TaskOwner.Hr, -10, OffsetUnit.Days, "Contract, handbook and the first-day letter. Ask for the signed contract back.")
                .With(t => t.RequestedDocument = EmployeeDocumentType.Contract),
            Task("Prepare the laptop and accounts", TaskOwner.It, -5, OffsetUnit.WorkingDays, "Laptop, email, chat and the tools of the team. Leave the sign-in letter with HR."),
            Task("Upload your identity document", TaskOwner.Employee, -3, OffsetUnit.WorkingDays, "A scan or photo of a passport or identity card, for payroll.")
                .With(t => t.RequestedDocument = EmployeeDocumentType.IdentityDocument),
            Task("Plan the first week", TaskOwner.Manager, -3, OffsetUnit.WorkingDays, "Meetings with the team, a first small piece of work, and time to settle in."),
            Task("Welcome at the door and office tour", TaskOwner.Manager, 0, OffsetUnit.WorkingDays),
            Task("Read the code of conduct", TaskOwner.Employee, 1, OffsetUnit.WorkingDays, "Read it and acknowledge it here.")
                .With(t => (t.DocumentKey, t.DocumentName) = (conductKey, "code-of-conduct.pdf")),
            Task("Lunch with your new colleague", TaskOwner.Buddy, 1, OffsetUnit.Days, "Somewhere near the office; the team pays."),
            Task("Set goals for the first three months", TaskOwner.Manager, 10, OffsetUnit.WorkingDays),
        };
        if (revision >= 2)
            tasks.Add(Task("How was your first week?", TaskOwner.Employee, 5, OffsetUnit.WorkingDays)
                .With(t => t.FormQuestions = "What went well?\nWhat was confusing?\nWhat do you still need?"));
        if (revision >= 3)
        {
            tasks.Add(Task("Set up payroll", TaskOwner.Hr, 0, OffsetUnit.MonthEnd, "Bank details and tax code in before the month's payroll run."));
            tasks.Add(Task("Coffee and questions", TaskOwner.Buddy, 1, OffsetUnit.Months));
        }
        return tasks;
    }

    private static List<TemplateTask> Engineering() =>
    [
        Task("Set up the development environment", TaskOwner.Employee, 2, OffsetUnit.WorkingDays, "Follow the README of the main repository; ask your buddy when stuck."),
        Task("Introduction to code review", TaskOwner.Buddy, 3, OffsetUnit.WorkingDays, "Review a small change together, then have one of yours reviewed."),
        Task("First change in production", TaskOwner.Manager, 1, OffsetUnit.Months),
    ];

    private static List<TemplateTask> Leaving() =>
    [
        Task("Hand over work and knowledge", TaskOwner.Employee, -10, OffsetUnit.WorkingDays, "Write down what you look after and who takes it over; walk them through it."),
        Task("Exit interview", TaskOwner.Hr, -2, OffsetUnit.WorkingDays),
        Task("Return the laptop, badge and keys", TaskOwner.Employee, 0, OffsetUnit.WorkingDays),
        Task("Revoke access", TaskOwner.It, 1, OffsetUnit.WorkingDays, "Accounts, badges and shared passwords the person knew."),
        Task("Send the final-pay notice", TaskOwner.Hr, 0, OffsetUnit.MonthEnd),
        Task("Farewell message to the team", TaskOwner.Manager, 0, OffsetUnit.Days),
    ];
}

internal static class TemplateTaskSetup
{
    public static TemplateTask With(this TemplateTask task, Action<TemplateTask> set)
    {
        set(task);
        return task;
    }
}
