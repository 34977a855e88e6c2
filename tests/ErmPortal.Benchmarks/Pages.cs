using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace ErmPortal.Benchmarks;

/// <summary>A main page as one viewer opens it, with what its answer must contain to count as the page.</summary>
public record Page(string Key, string Name, string Path, Viewer Viewer, string MustContain);

/// <summary>The three demo viewers and the pages measured, with ids found on the portal's own pages rather than assumed.</summary>
public sealed class Pages : IDisposable
{
    /// <summary>The deep page of the employee list the issue measures; smaller organisations have fewer pages and get their last.</summary>
    private const int DeepPage = 200;

    private readonly IReadOnlyList<Viewer> _viewers;

    private Pages(IReadOnlyList<Viewer> viewers, IReadOnlyList<Page> all)
    {
        _viewers = viewers;
        All = all;
    }

    public IReadOnlyList<Page> All { get; }

    /// <summary>The pages that need the database seeded with candidates (`seed --candidates`).</summary>
    public static readonly string[] RecruitmentKeys = ["board", "board-manager", "candidates", "candidates-search", "candidates-person"];

    /// <summary>The pages that need the database seeded with running plans (`seed --onboarding-plans`).</summary>
    public static readonly string[] OnboardingKeys = ["plans", "plans-page2", "plans-department"];

    /// <summary>The pages that need the database seeded with training records (`seed --training-history`).</summary>
    public static readonly string[] LearningKeys = ["compliance", "compliance-department", "compliance-overdue", "recommendations"];

    /// <summary>The pages that need the database seeded with a review cycle at volume (`seed --review-cycle-people`).</summary>
    public static readonly string[] ReviewKeys = ["review-cycle", "review-calibration"];

    /// <summary>The pages of the pay review the demo data leaves open, which need a manager given a sign-in (<see cref="PayReviewers"/>).</summary>
    public static readonly string[] CompensationKeys = ["pay-review-team", "pay-review-team-above", "pay-cycle-rollup", "my-pay"];

    /// <param name="boardSize">The recruitment pages with the board of that many candidates; none: no recruitment pages.</param>
    /// <param name="plans">With HR's overview of running plans.</param>
    /// <param name="training">With HR's compliance report, who is overdue and the employee's recommendations.</param>
    /// <param name="reviews">With HR's overview and calibration of the review cycle seeded at volume.</param>
    /// <param name="payReviewers">With the pay review pages: the team pages of these two managers, HR's roll-up and the employee's pay.</param>
    public static async Task<Pages> DiscoverAsync(Uri address, int? boardSize, bool plans, bool training, bool reviews,
        (PayReviewer Team, PayReviewer SkipLevel)? payReviewers)
    {
        var hr = await Viewer.SignInAsync(address, "hr@erm.demo");
        var manager = await Viewer.SignInAsync(address, "manager@erm.demo");
        var employee = await Viewer.SignInAsync(address, "employee@erm.demo");

        // "/me" sends each person to their own profile: the demo employee, some levels below the top, is the person shown.
        using var me = await employee.Client.GetAsync("/me");
        var person = Regex.Match(me.Headers.Location?.ToString() ?? "", @"/employees/(\d+)$");
        if (me.StatusCode != HttpStatusCode.Redirect || !person.Success)
            throw new InvalidOperationException($"/me did not send the demo employee to a profile ({(int)me.StatusCode} {me.Headers.Location}).");
        var personId = person.Groups[1].Value;
        // Their name as the profile's title gives it: a search that finds one person at every size.
        var profile = await hr.PageAsync($"/employees/{personId}", "id=\"job\"");
        var personName = WebUtility.HtmlDecode(Regex.Match(profile, "<title>(.+?) · ").Groups[1].Value);

        // HR's own chart starts with the reporting line from the top of the organisation.
        var chart = await hr.PageAsync("/directory/org", "class=\"org-chain\"");
        var topId = Regex.Match(chart[chart.IndexOf("class=\"org-chain\"", StringComparison.Ordinal)..], @"href=""/directory/org/(\d+)""").Groups[1].Value;
        await hr.PageAsync($"/directory/org/{topId}", $"id=\"person-{topId}\"");
        if ((await hr.Client.GetStringAsync($"/directory/org/{topId}")).Contains("class=\"org-chain\"", StringComparison.Ordinal))
            throw new InvalidOperationException($"Employee {topId}, first in HR's reporting line, has managers of their own.");

        var firstPage = await hr.PageAsync("/employees", @"href=""/employees/\d+""");
        var pageCount = Regex.Match(firstPage, @"Page 1 of ([\d,]+)");
        var deepPage = pageCount.Success ? Math.Min(DeepPage, int.Parse(pageCount.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture)) : DeepPage;

        IReadOnlyList<Page> all =
        [
            new("baseline", "baseline (HR)", "/diagnostics/baseline", hr, "id=\"baseline-rows\""),
            new("home-hr", "HR home", "/", hr, "id=\"hr-section\""),
            new("home-manager", "manager home", "/", manager, "id=\"team-section\""),
            new("home-employee", "employee home", "/", employee, "id=\"my-section\""),
            new("directory", "directory search", "/directory?search=Smith", hr, @"id=""person-\d+"""),
            new("directory-person", "directory search for one person", $"/directory?search={Uri.EscapeDataString(personName)}", hr, $"id=\"person-{personId}\""),
            new("employees", "employee list, page 1", "/employees", hr, @"href=""/employees/\d+"""),
            new("employees-deep", $"employee list, page {deepPage}", $"/employees?page={deepPage}", hr, @"href=""/employees/\d+"""),
            new("profile", "360° profile", $"/employees/{personId}", hr, "id=\"job\""),
            new("timeline", "timeline", $"/employees/{personId}/timeline", hr, $"href=\"/employees/{personId}\""),
            new("org-chart", "org chart of the top", $"/directory/org/{topId}", hr, $"id=\"person-{topId}\""),
            new("audit", "audit log", "/audit", hr, "<title>Audit log"),
            new("change-requests", "change requests", "/change-requests", hr, "<title>Change requests"),
        ];
        if (boardSize is { } cards) all = [.. all, .. await RecruitmentAsync(hr, manager, cards)];
        if (plans) all = [.. all, .. await OnboardingAsync(hr)];
        if (training) all = [.. all, .. await LearningAsync(hr, employee)];
        if (reviews) all = [.. all, .. await ReviewsAsync(hr)];
        List<Viewer> viewers = [hr, manager, employee];
        if (payReviewers is var (team, skipLevel))
        {
            var reviewer = await Viewer.SignInAsync(address, team.Email);
            viewers.Add(reviewer);
            all = [.. all, .. await CompensationAsync(hr, manager, employee, reviewer, team, skipLevel)];
        }
        return new Pages(viewers, all);
    }

    /// <summary>
    /// The open cycle (where the pay review menu item sends the demo manager), the team pages of a manager and of the
    /// demo manager above them, HR's roll-up of the cycle by department and the demo employee's own pay.
    /// </summary>
    private static async Task<Page[]> CompensationAsync(Viewer hr, Viewer manager, Viewer employee, Viewer reviewer, PayReviewer team, PayReviewer skipLevel)
    {
        using var review = await manager.Client.GetAsync("/compensation/review");
        var cycle = Regex.Match(review.Headers.Location?.ToString() ?? "", @"/compensation/cycles/(\d+)/team$");
        if (review.StatusCode != HttpStatusCode.Redirect || !cycle.Success)
            throw new InvalidOperationException($"/compensation/review did not send the demo manager to an open cycle ({(int)review.StatusCode} {review.Headers.Location}).");
        var teamPage = $"/compensation/cycles/{cycle.Groups[1].Value}/team";
        const string rows = @"id=""team-budget""[\s\S]*data-proposal=""\d+""";
        string People(PayReviewer r) => r.People.ToString("N0", CultureInfo.InvariantCulture);
        return
        [
            new("pay-review-team", $"pay review of a team of {People(team)}", teamPage, reviewer, rows),
            new("pay-review-team-above", $"pay review of {People(skipLevel)} (skip-level)", teamPage, manager, @"id=""sub-teams""[\s\S]*data-proposal=""\d+"""),
            new("pay-cycle-rollup", "pay review roll-up (HR)", $"/compensation/cycles/{cycle.Groups[1].Value}", hr, @"id=""department-rollup"""),
            new("my-pay", "my pay (employee)", "/me/pay", employee, @"id=""current-salary"""),
        ];
    }

    /// <summary>
    /// HR's compliance report for everyone, the report of the first department it lists (the issue's "per department"),
    /// who is overdue in that department, its first page, and the demo employee's recommended courses.
    /// </summary>
    private static async Task<Page[]> LearningAsync(Viewer hr, Viewer employee)
    {
        var report = await hr.PageAsync("/learning/compliance", @"<tr data-department-id=""\d+""");
        var departmentId = Regex.Match(report, @"<tr data-department-id=""(\d+)""").Groups[1].Value;
        return
        [
            new("compliance", "compliance report (HR)", "/learning/compliance", hr, @"<tr data-department-id=""\d+"""),
            new("compliance-department", "compliance of a department", $"/learning/compliance?departmentId={departmentId}", hr, $"<tr data-department-id=\"{departmentId}\""),
            new("compliance-overdue", "who is overdue in a department", $"/learning/compliance/overdue?departmentId={departmentId}", hr, @"<tr data-employee-id=""\d+"""),
            new("recommendations", "recommended courses (employee)", "/me/learning/recommendations", employee, @"<li [^>]*data-course-id=""\d+"""),
        ];
    }

    /// <summary>
    /// HR's overview of the cycle seeded at volume (found in HR's list by its name) and its calibration page, where HR sees
    /// every review of the cycle.
    /// </summary>
    private static async Task<Page[]> ReviewsAsync(Viewer hr)
    {
        var list = await hr.PageAsync("/reviews/cycles", @"<tr id=""cycle-\d+"">");
        var cycle = Regex.Match(list, @"<tr id=""cycle-(\d+)"">\s*<th[^>]*><a [^>]*><bdi>Company-wide review").Groups[1].Value;
        if (cycle.Length == 0)
            throw new InvalidOperationException("HR's first page of review cycles has no \"Company-wide review\": was the database seeded with --review-cycle-people?");
        return
        [
            new("review-cycle", "review cycle overview (HR)", $"/reviews/cycles/{cycle}", hr, "id=\"department-progress\""),
            new("review-calibration", "calibration of the cycle (HR)", $"/reviews/cycles/{cycle}/calibration", hr, "id=\"calibration-reviews\""),
        ];
    }

    /// <summary>
    /// HR's overview of running plans, its second page, and the plans of the department of the first plan shown (the
    /// department's id from the overview's own filter).
    /// </summary>
    private static async Task<Page[]> OnboardingAsync(Viewer hr)
    {
        const string row = @"<tr id=""plan-\d+"">";
        var overview = await hr.PageAsync("/onboarding/plans", $"{row}[\\s\\S]*id=\"plans-next\"");
        var department = Regex.Match(overview, row + @"[\s\S]*?<div class=""small text-body-secondary""><bdi>([^<]+)</bdi>").Groups[1].Value;
        var departmentId = Regex.Match(overview, $@"<option value=""(\d+)"">{Regex.Escape(department)}</option>").Groups[1].Value;
        if (departmentId.Length == 0)
            throw new InvalidOperationException($"The overview's department filter has no \"{department}\", the department of its first plan.");
        return
        [
            new("plans", "running plans (HR)", "/onboarding/plans", hr, row),
            new("plans-page2", "running plans, page 2", "/onboarding/plans?page=2", hr, row),
            new("plans-department", "running plans of a department", $"/onboarding/plans?departmentId={departmentId}", hr, row),
        ];
    }

    /// <summary>
    /// The board of the opening seeded with <paramref name="boardSize"/> candidates, found among HR's published openings
    /// as the one whose board counts them all; one of its candidates by email for a search that finds one person.
    /// </summary>
    private static async Task<Page[]> RecruitmentAsync(Viewer hr, Viewer manager, int boardSize)
    {
        var total = $"{boardSize.ToString("N0", CultureInfo.InvariantCulture)} candidates";
        var list = await hr.PageAsync("/recruitment/openings?status=Published", @"id=""opening-\d+""");
        var rows = Regex.Matches(list, @"<tr id=""opening-(\d+)"">.*?data-active-candidates>([\d,]+)<", RegexOptions.Singleline)
            .Select(m => (Id: m.Groups[1].Value, Active: int.Parse(m.Groups[2].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture)))
            .OrderByDescending(r => r.Active);
        string? boardId = null, board = null;
        foreach (var row in rows)
        {
            board = await hr.Client.GetStringAsync($"/recruitment/openings/{row.Id}/board");
            if (board.Contains(total, StringComparison.Ordinal)) { boardId = row.Id; break; }
        }
        if (boardId is null || board is null)
            throw new InvalidOperationException($"No published opening on HR's first page of openings has a board of {total}: was the database seeded with --candidates?");

        // The longest-waiting candidate of the board, found again by their email (unique, so one candidate at every size).
        var candidateId = Regex.Match(board, @"href=""/recruitment/candidates/(\d+)""").Groups[1].Value;
        var candidate = await hr.PageAsync($"/recruitment/candidates/{candidateId}", @"href=""mailto:");
        var email = WebUtility.HtmlDecode(Regex.Match(candidate, @"href=""mailto:([^""]+)""").Groups[1].Value);

        const string card = @"id=""application-\d+""";
        const string result = @"<tr id=""result-\d+""";
        return
        [
            new("board", $"board of {boardSize} candidates (HR)", $"/recruitment/openings/{boardId}/board", hr, $"{total}[\\s\\S]*{card}"),
            new("board-manager", $"board of {boardSize} candidates (hiring manager)", $"/recruitment/openings/{boardId}/board", manager, $"{total}[\\s\\S]*{card}"),
            new("candidates", "candidate list", "/recruitment/candidates", hr, result),
            new("candidates-search", "candidate search", "/recruitment/candidates?search=Smith", hr, result),
            new("candidates-person", "candidate search for one person", $"/recruitment/candidates?search={Uri.EscapeDataString(email)}", hr,
                $"href=\"/recruitment/candidates/{candidateId}\""),
        ];
    }

    public void Dispose()
    {
        foreach (var viewer in _viewers) viewer.Dispose();
    }
}
