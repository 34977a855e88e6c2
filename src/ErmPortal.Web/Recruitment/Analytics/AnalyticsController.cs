using System.Text;
using ErmPortal.Data.Accounts;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ErmPortal.Web.Recruitment.Analytics;

/// <summary>Recruitment figures for HR (every opening) and hiring managers (theirs), as charts with their tables, and each table as CSV.</summary>
[Route("recruitment/analytics")]
[Authorize(Roles = Roles.Manager + "," + Roles.Hr)]
public class AnalyticsController(IMediator mediator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> GetRecruitmentAnalytics(GetRecruitmentAnalytics.Query query) =>
        View(await mediator.Send(query));

    [HttpGet("{table}.csv")]
    public async Task<IActionResult> ExportRecruitmentAnalytics(AnalyticsTable table, GetRecruitmentAnalytics.Query query)
    {
        var model = await mediator.Send(query);
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(model.ToCsv(table))).ToArray(), "text/csv; charset=utf-8",
            $"recruitment-{table.ToString().ToLowerInvariant()}-{model.Query.Months}-months.csv");
    }
}
