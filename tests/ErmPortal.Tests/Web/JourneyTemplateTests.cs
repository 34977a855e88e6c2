using System.Net;
using System.Text.RegularExpressions;
using ErmPortal.Data;
using ErmPortal.Data.Onboarding;
using ErmPortal.Tests.Infrastructure;
using ErmPortal.Web.Onboarding.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ErmPortal.Tests.Web;

/// <summary>HR writes journey templates; an edit is a new version, and plans already running keep the tasks they started with.</summary>
public class JourneyTemplateTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string NewForm = "/onboarding/templates/new?kind=Onboarding";
    private const string NewAction = "/onboarding/templates/new";

    /// <summary>A task row as the form posts it.</summary>
    private record Row(string Title, string Owner = "Manager", int Offset = 1, string Unit = "WorkingDays", string? Instructions = null);

    private static Dictionary<string, string> Fields(string name, params Row[] rows)
    {
        var fields = new Dictionary<string, string> { ["Name"] = name, ["Kind"] = "Onboarding" };
        for (var i = 0; i < rows.Length; i++)
        {
            fields[$"Tasks[{i}].Order"] = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            fields[$"Tasks[{i}].Title"] = rows[i].Title;
            fields[$"Tasks[{i}].Owner"] = rows[i].Owner;
            fields[$"Tasks[{i}].DueOffset"] = rows[i].Offset.ToString(System.Globalization.CultureInfo.InvariantCulture);
            fields[$"Tasks[{i}].DueUnit"] = rows[i].Unit;
            if (rows[i].Instructions is { } instructions) fields[$"Tasks[{i}].Instructions"] = instructions;
        }
        return fields;
    }

    private async Task<int> CreateAsync(HttpClient hr, string name, params Row[] rows)
    {
        var response = await hr.PostFormAsync(NewForm, NewAction, Fields(name, rows));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(Regex.Match(response.Headers.Location!.OriginalString, @"/onboarding/templates/(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private Task<JourneyTemplate?> TemplateAsync(string name) => portal.QueryDbAsync(db => db.Set<JourneyTemplate>()
        .Include(t => t.Versions).ThenInclude(v => v.Tasks).AsNoTracking().SingleOrDefaultAsync(t => t.Name == name));

    /// <summary>Edits through the form: its version stamp from the page opened at <paramref name="opened"/> (default: now), the rows given.</summary>
    private static async Task<HttpResponseMessage> EditAsync(HttpClient hr, int id, string name, Dictionary<string, string>? opened, params Row[] rows)
    {
        opened ??= await hr.FormFieldsAsync($"/onboarding/templates/{id}/edit");
        var fields = Fields(name, rows);
        fields["Version"] = opened["Version"];
        return await hr.PostFormAsync($"/onboarding/templates/{id}/edit", $"/onboarding/templates/{id}/edit", fields);
    }

    private static MultipartFormDataContent Multipart(Dictionary<string, string> fields, string token, string fileField, string fileName, byte[] content)
    {
        var body = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (key, value) in fields) body.Add(new StringContent(value), key);
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        body.Add(file, fileField, fileName);
        return body;
    }

    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

    [Fact]
    public async Task Should_save_the_tasks_in_order_as_version_one_when_hr_creates_a_template()
    {
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);

        var id = await CreateAsync(hr, "Sales starters",
            new Row("Prepare the laptop", "It", -5), new Row("Welcome lunch", "Manager", 0, "Days"), new Row("Payroll", "Hr", 0, "MonthEnd"));

        var template = await TemplateAsync("Sales starters");
        Assert.NotNull(template);
        var version = Assert.Single(template.Versions);
        Assert.Equal(1, version.Number);
        Assert.Equal([("Prepare the laptop", TaskOwner.It, -5, OffsetUnit.WorkingDays), ("Welcome lunch", TaskOwner.Manager, 0, OffsetUnit.Days),
            ("Payroll", TaskOwner.Hr, 0, OffsetUnit.MonthEnd)], version.Tasks.OrderBy(t => t.Order).Select(t => (t.Title, t.Owner, t.DueOffset, t.DueUnit)));
        var page = WebUtility.HtmlDecode(await hr.GetStringAsync($"/onboarding/templates/{id}"));
        Assert.Contains("5 working days before the first day", page);
        Assert.Contains("On the last working day of the month of the first day", page);
        Assert.Contains("Sales starters", WebUtility.HtmlDecode(await hr.GetStringAsync("/onboarding/templates")));
    }

    [Fact]
    public async Task Should_make_version_two_and_leave_a_running_plan_its_tasks_when_hr_edits_the_template()
    {
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var id = await CreateAsync(hr, "Finance starters", new Row("Meet the team"), new Row("Read the handbook", "Employee", 3));
        var planId = await portal.AsUserAsync(DemoPeople.Hr, async services =>
        {
            var db = services.GetRequiredService<ErmDbContext>();
            var person = await db.Employees.SingleAsync(e => e.WorkEmail == DemoPeople.Employee);
            var plan = await services.GetRequiredService<PlanStarter>().StartAsync(person, JourneyKind.Onboarding, new DateOnly(2027, 3, 1), id, null, default);
            await db.SaveChangesAsync();
            return plan.Id;
        });

        var response = await EditAsync(hr, id, "Finance starters", null, new Row("Meet the whole department"), new Row("Read the handbook", "Employee", 3),
            new Row("Set goals", "Manager", 10));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var template = await TemplateAsync("Finance starters");
        Assert.Equal([1, 2], template!.Versions.Select(v => v.Number).Order());
        Assert.Equal(3, template.Versions.Single(v => v.Number == 2).Tasks.Count);
        var plan = await portal.QueryDbAsync(db => db.Set<JourneyPlan>().Include(p => p.Tasks).AsNoTracking().SingleAsync(p => p.Id == planId));
        Assert.Equal(template.Versions.Single(v => v.Number == 1).Id, plan.TemplateVersionId);
        Assert.Equal(["Meet the team", "Read the handbook"], plan.Tasks.OrderBy(t => t.Order).Select(t => t.Title));
        // The old version stays readable, with the plan it started.
        var old = WebUtility.HtmlDecode(await hr.GetStringAsync($"/onboarding/templates/{id}?version=1"));
        Assert.Contains("Meet the team", old);
        Assert.Contains("You are reading version 1", old);
    }

    [Fact]
    public async Task Should_show_a_conflict_and_keep_the_other_save_when_the_form_was_opened_before_it()
    {
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var id = await CreateAsync(hr, "Legal starters", new Row("Meet the team"));
        var opened = await hr.FormFieldsAsync($"/onboarding/templates/{id}/edit");
        Assert.Equal(HttpStatusCode.Redirect, (await EditAsync(hr, id, "Legal starters", null, new Row("Meet the partners"))).StatusCode);

        var stale = await EditAsync(hr, id, "Legal starters", opened, new Row("Meet nobody"));

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Someone else saved this template after you opened the form.", WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()));
        var template = await TemplateAsync("Legal starters");
        Assert.Equal(2, template!.Versions.Max(v => v.Number));
        Assert.Equal("Meet the partners", template.Versions.Single(v => v.Number == 2).Tasks.Single().Title);
    }

    [Fact]
    public async Task Should_show_each_problem_next_to_its_field_and_save_nothing_when_the_form_is_wrong()
    {
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var fields = Fields("Broken starters", new Row("", Instructions: "A task without a title"), new Row("Far too late", Offset: 400));
        fields["Tasks[1].FormQuestions"] = string.Join("\n", Enumerable.Range(1, 6).Select(n => $"Question {n}?"));

        var response = await hr.PostFormAsync(NewForm, NewAction, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Matches("data-valmsg-for=\"Tasks\\[0\\]\\.Title\"[^>]*>Title is required\\.", page);
        Assert.Matches("data-valmsg-for=\"Tasks\\[1\\]\\.DueOffset\"[^>]*>Choose at most 365 days", page);
        Assert.Matches("data-valmsg-for=\"Tasks\\[1\\]\\.FormQuestions\"[^>]*>Ask at most 5 questions", page);
        Assert.Null(await TemplateAsync("Broken starters"));
    }

    public static TheoryData<string, byte[], string> RefusedUploads => new()
    {
        { "a text file named .pdf", "These are the rules of the house."u8.ToArray(), "Only a PDF can be a document to acknowledge." },
        { "a PDF header with no end", "%PDF-1.7 truncated"u8.ToArray(), "Only a PDF can be a document to acknowledge." },
        { "an empty file", [], "The file is empty." },
        { "a file over 5 MB", [.. Pdf, .. new byte[5 * 1024 * 1024]], "The document is larger than 5 MB. Choose a smaller PDF." },
    };

    [Theory]
    [MemberData(nameof(RefusedUploads))]
    public async Task Should_refuse_the_upload_and_store_nothing_when_the_document_is_not_a_small_pdf(string what, byte[] content, string message)
    {
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var before = portal.StoredFiles().Count;
        var name = $"Refused upload ({what})";

        var response = await hr.PostAsync(NewAction, Multipart(Fields(name, new Row("Read the policy", "Employee")),
            await hr.AntiforgeryTokenAsync(NewForm), "Tasks[0].Document", "policy.pdf", content));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(before, portal.StoredFiles().Count);
        Assert.Null(await TemplateAsync(name));
    }

    [Fact]
    public async Task Should_store_the_pdf_under_a_generated_key_and_keep_it_in_the_next_version_when_a_task_has_a_document()
    {
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var response = await hr.PostAsync(NewAction, Multipart(Fields("Policy readers", new Row("Read the security policy", "Employee")),
            await hr.AntiforgeryTokenAsync(NewForm), "Tasks[0].Document", "security policy.pdf", Pdf));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var task = (await TemplateAsync("Policy readers"))!.Versions.Single().Tasks.Single();
        Assert.Equal("security policy.pdf", task.DocumentName);
        Assert.StartsWith("onboarding-documents/", task.DocumentKey);
        Assert.DoesNotContain("security", task.DocumentKey);
        Assert.Contains(portal.StoredFiles(), f => f.EndsWith(Path.GetFileName(task.DocumentKey!), StringComparison.Ordinal));

        // Saved again with another title, the form carries the document's key and the new version keeps it.
        var id = (await TemplateAsync("Policy readers"))!.Id;
        var opened = await hr.FormFieldsAsync($"/onboarding/templates/{id}/edit");
        var fields = Fields("Policy readers", new Row("Read and sign the security policy", "Employee"));
        (fields["Version"], fields["Tasks[0].DocumentKey"]) = (opened["Version"], opened["Tasks[0].DocumentKey"]);
        Assert.Equal(HttpStatusCode.Redirect, (await hr.PostFormAsync($"/onboarding/templates/{id}/edit", $"/onboarding/templates/{id}/edit", fields)).StatusCode);
        var kept = (await TemplateAsync("Policy readers"))!.Versions.Single(v => v.Number == 2).Tasks.Single();
        Assert.Equal((task.DocumentKey, "security policy.pdf"), (kept.DocumentKey, kept.DocumentName));
    }

    [Fact]
    public async Task Should_give_hr_the_uploaded_pdf_as_a_download_when_the_document_is_opened_from_the_template_page()
    {
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        await hr.PostAsync(NewAction, Multipart(Fields("Handbook readers", new Row("Read the handbook", "Employee")),
            await hr.AntiforgeryTokenAsync(NewForm), "Tasks[0].Document", "staff handbook.pdf", Pdf));
        var id = (await TemplateAsync("Handbook readers"))!.Id;

        var page = await hr.GetStringAsync($"/onboarding/templates/{id}");
        var link = System.Text.RegularExpressions.Regex.Match(page, @"href=""(/onboarding/templates/\d+/tasks/\d+/document)""").Groups[1].Value;
        using var download = await hr.GetAsync(link);

        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("staff handbook.pdf", download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        // The task's address is of this template only.
        var other = (await TemplateAsync("Welcome to the organisation"))!.Id;
        Assert.Equal(HttpStatusCode.NotFound, (await hr.GetAsync(link.Replace($"/templates/{id}/", $"/templates/{other}/", StringComparison.Ordinal))).StatusCode);
    }

    [Fact]
    public async Task Should_keep_a_file_of_the_store_off_the_template_when_the_form_names_a_key_the_template_never_had()
    {
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var id = await CreateAsync(hr, "Key probers", new Row("Read this"));
        var opened = await hr.FormFieldsAsync($"/onboarding/templates/{id}/edit");
        var fields = Fields("Key probers", new Row("Read this", "Employee"));
        (fields["Version"], fields["Tasks[0].DocumentKey"]) = (opened["Version"], "cvs/2026/01/someone-elses-cv.pdf");

        Assert.Equal(HttpStatusCode.Redirect, (await hr.PostFormAsync($"/onboarding/templates/{id}/edit", $"/onboarding/templates/{id}/edit", fields)).StatusCode);

        Assert.All((await TemplateAsync("Key probers"))!.Versions.SelectMany(v => v.Tasks), t => Assert.Null(t.DocumentKey));
    }

    [Fact]
    public async Task Should_offer_the_template_for_no_new_plan_when_hr_archives_it_and_again_when_restored()
    {
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var id = await CreateAsync(hr, "Seasonal starters", new Row("Meet the team"));
        Task<List<PlanStarter.Template>> Offered() => portal.AsUserAsync(DemoPeople.Hr, async services =>
        {
            var person = await services.GetRequiredService<ErmDbContext>().Employees.SingleAsync(e => e.WorkEmail == DemoPeople.Employee);
            return await services.GetRequiredService<PlanStarter>().TemplatesForAsync(JourneyKind.Onboarding, person.DepartmentId, person.PositionId, default);
        });
        Assert.Contains(await Offered(), t => t.Id == id);
        var page = $"/onboarding/templates/{id}";

        Assert.Equal(HttpStatusCode.Redirect, (await hr.PostFormAsync(page, $"{page}/archive", [])).StatusCode);

        Assert.DoesNotContain(await Offered(), t => t.Id == id);
        var list = WebUtility.HtmlDecode(await hr.GetStringAsync("/onboarding/templates"));
        Assert.Contains("Seasonal starters", list[list.IndexOf("id=\"templates-archived\"", StringComparison.Ordinal)..]);

        Assert.Equal(HttpStatusCode.Redirect, (await hr.PostFormAsync(page, $"{page}/restore", [])).StatusCode);
        Assert.Contains(await Offered(), t => t.Id == id);
    }

    [Fact]
    public async Task Should_show_the_demo_templates_with_their_history_when_hr_opens_the_list()
    {
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var list = WebUtility.HtmlDecode(await hr.GetStringAsync("/onboarding/templates"));
        Assert.Contains("Welcome to the organisation", list);
        Assert.Contains("Engineering onboarding", list);
        Assert.Contains("Leaving well", list[list.IndexOf("id=\"templates-offboarding\"", StringComparison.Ordinal)..]);
        var welcome = await TemplateAsync("Welcome to the organisation");
        Assert.Equal(3, welcome!.Versions.Count);
        var conduct = welcome.Versions.Single(v => v.Number == 3).Tasks.Single(t => t.DocumentKey is not null);
        Assert.Contains(portal.StoredFiles(), f => f.EndsWith(Path.GetFileName(conduct.DocumentKey!), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_add_empty_rows_and_save_nothing_when_a_page_without_scripts_asks_for_more()
    {
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var fields = Fields("Rows wanted", new Row("First task"));
        fields["AddRows"] = "true";

        var response = await hr.PostFormAsync(NewForm, NewAction, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("name=\"Tasks[3].Title\"", page);
        Assert.Contains("value=\"First task\"", page);
        Assert.Null(await TemplateAsync("Rows wanted"));
    }
}
