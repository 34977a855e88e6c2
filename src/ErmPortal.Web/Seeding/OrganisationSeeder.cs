using System.Diagnostics;
using Bogus;
using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Profiles;
using ErmPortal.Web.Infrastructure.Modules;
using ErmPortal.Web.Timeline;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Seeding;

/// <summary>
/// Fills an empty database with a deterministic organisation (same seed, same people) and the demo sign-ins.
/// Rows go in through prepared inserts (<see cref="DemoRows"/>), managers before their reports, so 100,000 people take seconds.
/// </summary>
public static class OrganisationSeeder
{
    public const string DemoPassword = "erm-demo-password";
    public const string DemoDomain = "erm.demo";
    private const int RandomSeed = 20261123;
    /// <summary>The most reports a manager below the CEO gets before the next level is started.</summary>
    private const int SpanOfControl = 8;
    private const int SeedingCacheKibibytes = -128 * 1024;

    public record DemoAccount(string Email, string[] Roles);

    public static readonly DemoAccount[] DemoAccounts =
    [
        new($"admin@{DemoDomain}", [Roles.Admin, Roles.Employee]),
        new($"hr@{DemoDomain}", [Roles.Hr, Roles.Employee]),
        new($"manager@{DemoDomain}", [Roles.Manager, Roles.Employee]),
        new($"employee@{DemoDomain}", [Roles.Employee]),
    ];

    // The first is the CEO's; the others each get a head reporting to the CEO.
    private static readonly (string Name, string? Parent, string Family)[] DepartmentPlan =
    [
        ("Executive Office", null, "Leadership"),
        ("Engineering", "Executive Office", "Engineering"),
        ("Sales", "Executive Office", "Sales"),
        ("Marketing", "Executive Office", "Marketing"),
        ("Finance", "Executive Office", "Finance"),
        ("People & Culture", "Executive Office", "Human Resources"),
        ("Operations", "Executive Office", "Operations"),
        ("Platform", "Engineering", "Engineering"),
    ];

    private static readonly (string Name, string City, string Country)[] LocationPlan =
    [
        ("Milan HQ", "Milan", "IT"), ("London", "London", "GB"), ("Berlin", "Berlin", "DE"), ("Shanghai", "Shanghai", "CN"), ("Remote", "Remote", "EU"),
    ];

    private const string HeadRank = "Head of";
    private static readonly string[] Ranks = ["Associate", "", "Senior", "Lead", HeadRank];

    public static async Task SeedDemoIfEmptyAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ErmDbContext>();
        if (await db.Employees.AnyAsync()) return;
        await SeedAsync(scope.ServiceProvider, CommandLine.DefaultEmployees);
    }

    /// <summary>
    /// The `seed` verb: refuses a database that already has people, so nothing is mixed or lost, and a volume no module's
    /// demo data writes (a misspelt option would otherwise seed nothing). The volumes asked for are written by the
    /// modules that read them from the settings; they are named here only for the report.
    /// </summary>
    public static async Task<string> SeedFreshDatabaseAsync(IServiceProvider services, int employees, IReadOnlyList<string>? volumes = null)
    {
        await using var scope = services.CreateAsyncScope();
        var known = scope.ServiceProvider.GetServices<IDemoDataSeeder>().SelectMany(s => s.Volumes).ToList();
        var asked = (volumes ?? []).Select(name => known.Find(v => string.Equals(v.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"seed has no option {new SeedVolume(name, 0).Option}; its options are --employees"
                                           + string.Concat(known.Select(v => ", " + v.Option)) + ".")).ToList();
        var db = scope.ServiceProvider.GetRequiredService<ErmDbContext>();
        if (await db.Employees.AnyAsync())
            return "The database already has employees; seed only fills an empty one. Delete the database file to start again.";
        var watch = Stopwatch.StartNew();
        await SeedAsync(scope.ServiceProvider, employees);
        var configuration = scope.ServiceProvider.GetRequiredService<IConfiguration>();
        var what = asked.Select(v => $"{v.Read(configuration):N0} {v.Option.TrimStart('-').Replace('-', ' ')}").Prepend($"{employees:N0} employees").ToList();
        var listed = what.Count == 1 ? what[0] : string.Join(", ", what.SkipLast(1)) + " and " + what[^1];
        return $"Seeded {listed} in {watch.Elapsed.TotalSeconds:F1} s.";
    }

    public static async Task SeedAsync(IServiceProvider services, int employeeCount)
    {
        services.GetRequiredService<Infrastructure.AuditInterceptor>().Enabled = false;
        var db = services.GetRequiredService<ErmDbContext>();
        var hasher = services.GetRequiredService<IPasswordHasher<ApplicationUser>>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(OrganisationSeeder));
        var seeders = services.GetServices<IDemoDataSeeder>().OrderBy(s => s.Order).ToList();
        var configuration = services.GetRequiredService<IConfiguration>();
        foreach (var volume in seeders.SelectMany(s => s.Volumes)) volume.Read(configuration);
        var watch = Stopwatch.StartNew();
        await db.Database.OpenConnectionAsync();
        // A page cache big enough for the indexes being filled, so pages are not spilled to the log and read back
        // while the transaction runs. Each insert saves the pages it touches to a statement journal, in case that one
        // row has to be undone: kept in memory, that is a copy rather than two small file writes per page (millions).
        // The connection is dropped from the pool afterwards: no request inherits these settings.
        await db.Database.ExecuteSqlRawAsync($"PRAGMA cache_size = {SeedingCacheKibibytes}; PRAGMA temp_store = MEMORY");
        await using var transaction = await db.Database.BeginTransactionAsync();
        var triggers = await TriggersSuspended.SuspendAsync(db, CancellationToken.None);
        await WriteOrganisationAsync(db, hasher, employeeCount);
        logger.LogInformation("Wrote the organisation of {Count} people in {Milliseconds} ms", employeeCount, watch.ElapsedMilliseconds);
        // Each module adds its own history to the people just made, in the same transaction.
        foreach (var seeder in seeders)
        {
            watch.Restart();
            await seeder.SeedAsync(services, CancellationToken.None);
            db.ChangeTracker.Clear();
            logger.LogInformation("{Seeder} wrote its demo data in {Milliseconds} ms", seeder.GetType().Name, watch.ElapsedMilliseconds);
        }
        watch.Restart();
        await triggers.RestoreAsync(CancellationToken.None);
        logger.LogInformation("Made the triggers again and filled what they keep in {Milliseconds} ms", watch.ElapsedMilliseconds);
        await transaction.CommitAsync();
        // The planner's statistics for the tables just filled, so the first pages are served with good plans.
        await db.Database.ExecuteSqlRawAsync("PRAGMA optimize = 0x10002");
        Microsoft.Data.Sqlite.SqliteConnection.ClearPool((Microsoft.Data.Sqlite.SqliteConnection)db.Database.GetDbConnection());
        await db.Database.CloseConnectionAsync();
    }

    /// <summary>
    /// The organisation itself: departments, offices, positions, then the people with their accounts, job history, tags
    /// and contacts. Its own method, so the generated people are let go before the modules add their history.
    /// </summary>
    private static async Task WriteOrganisationAsync(ErmDbContext db, IPasswordHasher<ApplicationUser> hasher, int employeeCount)
    {
        // The roles exist already: every start ensures them before seeding.
        var roles = await db.Roles.ToDictionaryAsync(r => r.Name!);

        var departments = new Dictionary<string, Department>();
        foreach (var (name, parent, family) in DepartmentPlan)
            departments[name] = new Department { Name = name, JobFamily = family, Parent = parent is null ? null : departments[parent] };
        db.Departments.AddRange(departments.Values);
        var locations = LocationPlan.Select(l => new Location { Name = l.Name, City = l.City, CountryCode = l.Country }).ToList();
        db.Locations.AddRange(locations);
        var positions = DepartmentPlan.Select(d => d.Family).Distinct()
            .SelectMany(family => Ranks.Select((rank, i) => new Position
            {
                Title = rank == HeadRank ? $"{HeadRank} {family}" : $"{rank} {TitleNoun(family)}".Trim(), JobFamily = family, Level = i + 2,
            }))
            .Append(new Position { Title = "Chief Executive Officer", JobFamily = "Leadership", Level = 10 })
            .ToList();
        db.Positions.AddRange(positions);
        await db.SaveChangesAsync();

        var people = Generate(employeeCount, departments, locations, positions);
        var demoPeople = PickDemoPeople(people, departments["People & Culture"].Id);
        AddJobHistory(people, positions, locations, demoPeople.Keys);
        ScheduleJoiners(people, demoPeople);
        SetStatuses(people, demoPeople.Keys);
        var usersByPerson = new Dictionary<Person, ApplicationUser>();
        foreach (var person in people)
        {
            var email = person.Employee.WorkEmail;
            var user = new ApplicationUser
            {
                UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true, SecurityStamp = Guid.NewGuid().ToString("N"), ConcurrencyStamp = Guid.NewGuid().ToString(),
                LockoutEnabled = true, CreatedAtUtc = DateTime.UtcNow,
            };
            if (demoPeople.ContainsKey(person))
                user.PasswordHash = hasher.HashPassword(user, DemoPassword);
            usersByPerson[person] = user;
            person.Employee.UserId = user.Id;
        }
        using (var rows = new DemoRows(db))
        {
            rows.AddRange(usersByPerson.Values);
            // Managers before their reports, so every foreign key points at a row already written.
            foreach (var person in people.OrderBy(p => p.Depth))
            {
                var employee = person.Employee;
                employee.ManagerId = person.Manager?.Employee.Id;
                rows.Add(employee);
                for (var i = 0; i < employee.JobHistory.Count; i++)
                {
                    employee.JobHistory[i].EmployeeId = employee.Id;
                    employee.JobHistory[i].ManagerId = person.JobManagers[i]?.Employee.Id;
                }
                foreach (var tag in employee.Tags) tag.EmployeeId = employee.Id;
                foreach (var contact in employee.EmergencyContacts) contact.EmployeeId = employee.Id;
                rows.AddRange(employee.JobHistory);
                rows.AddRange(employee.Tags);
                rows.AddRange(employee.EmergencyContacts);
            }

            foreach (var person in people)
            {
                var personRoles = new HashSet<string> { Roles.Employee };
                if (person.Reports > 0) personRoles.Add(Roles.Manager);
                if (person.Employee.DepartmentId == departments["People & Culture"].Id) personRoles.Add(Roles.Hr);
                if (demoPeople.TryGetValue(person, out var demo)) personRoles = [.. demo.Roles];
                rows.AddRange(personRoles.Select(r => new IdentityUserRole<string> { UserId = usersByPerson[person].Id, RoleId = roles[r].Id }));
            }
        }
    }

    private sealed class Person(Employee employee, Person? manager, int depth)
    {
        public Employee Employee { get; } = employee;
        public Person? Manager { get; } = manager;
        public int Depth { get; } = depth;
        public int Reports { get; set; }
        public EmployeeStatus Status { get; set; }
        /// <summary>The manager of each row of the job history, named once the managers have their ids.</summary>
        public List<Person?> JobManagers { get; } = [manager];
    }

    /// <summary>
    /// Three years of moves that led to the job each person holds today: promotions from the position one level below,
    /// moves from another office, a new manager after a reorganisation. The hire row keeps the job the person started in.
    /// It draws its own random numbers, so the people are still the ones the seed always made; the demo sign-ins keep
    /// a job history of one row, as their journeys expect.
    /// </summary>
    private static void AddJobHistory(List<Person> people, List<Position> positions, List<Location> locations, ICollection<Person> unchanged)
    {
        var random = new Random(RandomSeed);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var horizon = today.AddYears(-3);
        var lastMonth = today.AddDays(-30);
        var positionsById = positions.ToDictionary(p => p.Id);
        var managersByDepth = people.Where(p => p.Reports > 0).GroupBy(p => p.Depth).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var person in people)
        {
            var employee = person.Employee;
            var settled = employee.HireDate.AddDays(180) > horizon ? employee.HireDate.AddDays(180) : horizon;
            if (settled >= lastMonth || unchanged.Contains(person)) continue;
            var hire = employee.JobHistory[0];
            var changes = new List<(DateOnly Day, JobChangeKind Kind, string Note, Action<JobChange, List<Person?>> Apply)>();
            var position = positionsById[employee.PositionId];
            if (positions.FirstOrDefault(p => p.JobFamily == position.JobFamily && p.Level == position.Level - 1) is { } earlier && random.NextDouble() < 0.35)
            {
                hire.PositionId = earlier.Id;
                changes.Add((TimelineDemoHistory.Between(random, settled, lastMonth), JobChangeKind.Promotion, "Promoted at the yearly review", (job, _) => job.PositionId = employee.PositionId));
            }
            if (random.NextDouble() < 0.2)
            {
                hire.LocationId = locations.Where(l => l.Id != employee.LocationId).ElementAt(random.Next(locations.Count - 1)).Id;
                changes.Add((TimelineDemoHistory.Between(random, settled, lastMonth), JobChangeKind.Transfer, "Moved to another office", (job, _) => job.LocationId = employee.LocationId));
            }
            if (person.Manager is { } manager && managersByDepth[manager.Depth] is { Count: > 1 } peers && random.NextDouble() < 0.15)
            {
                person.JobManagers[0] = peers.Where(p => p != manager).ElementAt(random.Next(peers.Count - 1));
                changes.Add((TimelineDemoHistory.Between(random, settled, lastMonth), JobChangeKind.Transfer, "New manager after a team reorganisation", (_, managers) => managers[^1] = manager));
            }
            // Each row is the whole job from its day on: the previous row with one thing changed.
            foreach (var (day, kind, note, apply) in changes.OrderBy(c => c.Day))
            {
                var previous = employee.JobHistory[^1];
                var job = new JobChange
                {
                    EffectiveDate = day, AppliedOn = day, Kind = kind, Note = note, DepartmentId = previous.DepartmentId,
                    PositionId = previous.PositionId, LocationId = previous.LocationId,
                };
                employee.JobHistory.Add(job);
                person.JobManagers.Add(person.JobManagers[^1]);
                apply(job, person.JobManagers);
            }
        }
    }

    /// <summary>
    /// A CEO, one head per department, then level by level with up to <see cref="SpanOfControl"/> reports each:
    /// 150 people make four levels, 10,000 make six.
    /// </summary>
    private static List<Person> Generate(int count, Dictionary<string, Department> departments, List<Location> locations, List<Position> positions)
    {
        Randomizer.Seed = new Random(RandomSeed);
        var faker = new Faker("en");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var usedEmails = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var people = new List<Person>(count);

        var planned = new Dictionary<Employee, EmployeeStatus>();
        Employee NewEmployee(Department department, Position position, int yearsBack)
        {
            var first = faker.Name.FirstName();
            var last = faker.Name.LastName();
            var baseEmail = $"{first}.{last}".ToLowerInvariant().Replace("'", "").Replace(" ", "");
            var email = $"{baseEmail}@{DemoDomain}";
            for (var n = 2; !usedEmails.Add(email); n++) email = $"{baseEmail}{n}@{DemoDomain}";
            var employee = Employee.Hire(first, last, email, today.AddDays(-faker.Random.Int(30, Math.Max(60, yearsBack * 365))),
                department.Id, position.Id, faker.PickRandom(locations).Id, null, faker.Random.WeightedRandom(
                    [EmploymentType.FullTime, EmploymentType.PartTime, EmploymentType.Contractor, EmploymentType.Temporary, EmploymentType.Intern],
                    [0.8f, 0.1f, 0.05f, 0.03f, 0.02f]));
            employee.TakeDomainEvents(); // a seeded organisation is not a series of hires
            employee.Phone = faker.Phone.PhoneNumber("+39 ### ### ####");
            FillProfile(employee, department, faker);
            if (faker.Random.Bool(0.15f)) employee.PreferredName = faker.Name.FirstName();
            // Most people are past onboarding; a few are away (set once the hire dates are final: see SetStatuses).
            planned[employee] = faker.Random.WeightedRandom([EmployeeStatus.Active, EmployeeStatus.Onboarding, EmployeeStatus.OnLeave], [0.9f, 0.05f, 0.05f]);
            return employee;
        }

        Position PositionFor(Department department, int rank) =>
            positions.First(p => p.JobFamily == DepartmentPlan.First(d => d.Name == department.Name).Family && p.Level == rank + 2);

        var executive = departments["Executive Office"];
        var ceo = new Person(NewEmployee(executive, positions.Single(p => p.Level == 10), 15), null, 0);
        people.Add(ceo);
        foreach (var department in departments.Values.Where(d => d.Parent == executive))
        {
            people.Add(new Person(NewEmployee(department, PositionFor(department, 4), 12), ceo, 1));
            ceo.Reports++;
        }

        // Each round gives every manager of a level one more report, so departments grow evenly.
        var level = people.Where(p => p.Depth == 1).ToList();
        while (people.Count < count)
        {
            var nextLevel = new List<Person>();
            for (var round = 0; round < SpanOfControl && people.Count < count; round++)
            {
                foreach (var manager in level.TakeWhile(_ => people.Count < count))
                {
                    // The head of Engineering splits their people between Engineering and its Platform sub-department.
                    var department = manager.Depth == 1 && manager.Employee.DepartmentId == departments["Engineering"].Id && round % 2 == 1
                        ? departments["Platform"]
                        : departments.Values.First(d => d.Id == manager.Employee.DepartmentId);
                    // Deeper people are more junior: leads under heads, seniors and associates below.
                    var rank = Math.Max(0, 3 - manager.Depth + faker.Random.Int(-1, 0));
                    var report = new Person(NewEmployee(department, PositionFor(department, rank), 8), manager, manager.Depth + 1);
                    people.Add(report);
                    nextLevel.Add(report);
                    manager.Reports++;
                }
            }
            level = nextLevel;
        }
        foreach (var person in people) person.Status = planned[person.Employee];
        return people;
    }

    /// <summary>
    /// A few people join in the coming weeks: added by HR before their first day, still onboarding. The first joins the
    /// demo employee's team, so a colleague's first days are there to see from the demo sign-ins.
    /// </summary>
    private static void ScheduleJoiners(List<Person> people, Dictionary<Person, DemoAccount> demoPeople)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var demoEmployee = demoPeople.Single(p => p.Value == DemoAccounts[3]).Key;
        var joiners = people.Where(p => p.Reports == 0 && !demoPeople.ContainsKey(p) && p.Employee.JobHistory.Count == 1)
            .OrderByDescending(p => p.Manager == demoEmployee.Manager).ThenByDescending(p => p.Employee.HireDate)
            .Take(Math.Max(2, people.Count / 100)).ToList();
        foreach (var (person, i) in joiners.Select((p, i) => (p, i)))
        {
            var firstDay = today.AddDays(7 + 4 * i);
            while (firstDay.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) firstDay = firstDay.AddDays(1);
            var employee = person.Employee;
            employee.HireDate = firstDay;
            employee.JobHistory[0].EffectiveDate = firstDay;
            employee.JobHistory[0].AppliedOn = firstDay;
        }
    }

    /// <summary>
    /// Those hired in the last three months (or not yet started) are onboarding; of the others, most are at work and a
    /// few away. Whoever signs in to the demo sees a person at work.
    /// </summary>
    private static void SetStatuses(List<Person> people, ICollection<Person> demoPeople)
    {
        var newSince = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-90);
        foreach (var person in people)
        {
            var status = demoPeople.Contains(person) ? EmployeeStatus.Active
                : person.Employee.HireDate > newSince ? EmployeeStatus.Onboarding
                : person.Status == EmployeeStatus.Onboarding ? EmployeeStatus.Active : person.Status;
            if (status != EmployeeStatus.Onboarding) person.Employee.MoveTo(EmployeeStatus.Active);
            person.Employee.MoveTo(status);
        }
    }

    /// <summary>The demo sign-ins take over four generated people: an admin and an HR partner, a head of department and someone in their team.</summary>
    private static Dictionary<Person, DemoAccount> PickDemoPeople(List<Person> people, int peopleDepartmentId)
    {
        var manager = people.First(p => p.Depth == 1 && p.Reports > 0);
        var employee = people.FirstOrDefault(p => p.Manager?.Manager == manager && p.Reports == 0)
                       ?? people.First(p => p.Manager == manager);
        var hr = people.First(p => p.Depth == 2 && p.Employee.DepartmentId == peopleDepartmentId);
        var admin = people.First(p => p.Depth >= 2 && p != hr && p != employee && p.Reports == 0 && p.Manager?.Manager != manager);
        var picks = new Dictionary<Person, DemoAccount>
        {
            [admin] = DemoAccounts[0], [hr] = DemoAccounts[1], [manager] = DemoAccounts[2], [employee] = DemoAccounts[3],
        };
        foreach (var (person, account) in picks) person.Employee.WorkEmail = account.Email;
        return picks;
    }

    private static readonly Dictionary<string, string[]> SkillsByFamily = new()
    {
        ["Engineering"] = ["C#", "SQL", "Kubernetes", "TypeScript", "Testing", "System design", "Security", "Observability"],
        ["Sales"] = ["Negotiation", "Account planning", "CRM", "Forecasting", "Public speaking"],
        ["Marketing"] = ["Copywriting", "SEO", "Analytics", "Brand strategy", "Events"],
        ["Finance"] = ["Budgeting", "IFRS", "Excel modelling", "Audit", "Treasury"],
        ["Human Resources"] = ["Employment law", "Coaching", "Recruiting", "Compensation", "Workforce planning"],
        ["Operations"] = ["Logistics", "Lean", "Vendor management", "Facilities", "Project management"],
        ["Leadership"] = ["Strategy", "Public speaking", "Coaching", "Budgeting"],
    };

    private static readonly string[] Interests = ["Mentoring", "Running", "Photography", "Open source", "Languages", "Chess", "Cycling", "Volunteering"];

    /// <summary>Skills from the person's job family and, for most people, the personal details a complete profile has.</summary>
    private static void FillProfile(Employee employee, Department department, Faker faker)
    {
        var family = DepartmentPlan.First(d => d.Name == department.Name).Family;
        foreach (var skill in faker.PickRandom(SkillsByFamily[family], faker.Random.Int(1, 4)))
            employee.Tags.Add(new EmployeeTag { Kind = TagKind.Skill, Name = skill });
        foreach (var interest in faker.PickRandom(Interests, faker.Random.Int(0, 2)))
            employee.Tags.Add(new EmployeeTag { Kind = TagKind.Interest, Name = interest });
        if (faker.Random.Bool(0.3f)) employee.Pronouns = faker.PickRandom("she/her", "he/him", "they/them");
        if (faker.Random.Bool(0.7f)) employee.PersonalEmail = faker.Internet.Email(employee.LegalFirstName, employee.LegalLastName, "example.com");
        if (faker.Random.Bool(0.6f)) employee.PersonalPhone = faker.Phone.PhoneNumber("+39 3## ### ####");
        if (faker.Random.Bool(0.6f)) employee.HomeAddress = $"{faker.Address.StreetAddress()}, {faker.Address.City()}";
        if (faker.Random.Bool(0.6f)) employee.DateOfBirth = DateOnly.FromDateTime(faker.Date.Between(new DateTime(1965, 1, 1), new DateTime(2003, 12, 31)));
        if (faker.Random.Bool(0.5f)) employee.BankAccount = Profiles.Iban.Compose("IT", "X0542811101000000" + faker.Random.Replace("######"));
        if (faker.Random.Bool(0.5f))
            employee.EmergencyContacts.Add(new EmergencyContact
            {
                Name = faker.Name.FullName(), Relationship = faker.PickRandom("Partner", "Parent", "Sibling", "Friend"),
                Phone = faker.Phone.PhoneNumber("+39 3## ### ####"),
            });
        if (faker.Random.Bool(0.4f))
            employee.CareerAspirations = faker.PickRandom(
                "I would like to lead a team within two years.", "I want to deepen my expertise and become the go-to specialist.",
                "I am interested in moving to another department to broaden my experience.", "I would like to mentor newer colleagues.");
    }

    private static string TitleNoun(string family) => family switch
    {
        "Engineering" => "Software Engineer",
        "Sales" => "Account Executive",
        "Marketing" => "Marketing Specialist",
        "Finance" => "Financial Analyst",
        "Human Resources" => "HR Partner",
        "Operations" => "Operations Specialist",
        _ => "Advisor",
    };
}
