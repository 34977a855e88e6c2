using ErmPortal.Data.Accounts;
using ErmPortal.Web.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ErmPortal.Web.Compensation.Benefits;

/// <summary>HR's benefits catalogue: the list with who is enrolled and what it costs, new and edited benefits, retiring one. HR's only.</summary>
[Route("compensation/benefits")]
[Authorize(Roles = Roles.Hr)]
public class BenefitsController(IMediator mediator, IStringLocalizer<CompensationResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> ListBenefits() => View(await mediator.Send(new ListBenefits.Query()));

    [HttpGet("new")]
    public IActionResult CreateBenefit() => View(new CreateBenefit.Command());

    [HttpPost("new")]
    public async Task<IActionResult> CreateBenefit(CreateBenefit.Command command)
    {
        if (!ModelState.IsValid) return View(command);
        await mediator.Send(command);
        TempData["Flash"] = localizer["Benefit added to the catalogue."].Value;
        return RedirectToAction(nameof(ListBenefits));
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> EditBenefit(int id) => View(await mediator.Send(new EditBenefit.Query(id)));

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> EditBenefit(EditBenefit.Command command)
    {
        if (!ModelState.IsValid) return View(command);
        await mediator.Send(command);
        TempData["Flash"] = localizer["Benefit saved."].Value;
        return RedirectToAction(nameof(ListBenefits));
    }

    [HttpPost("{id:int}/retire"), RedirectOnFailure]
    public async Task<IActionResult> RetireBenefit(int id)
    {
        await mediator.Send(new RetireBenefit.Command(id, Offered: false));
        TempData["Flash"] = localizer["Benefit retired: it takes no new enrolments. The people in it stay enrolled until you end their enrolments."].Value;
        return RedirectToAction(nameof(ListBenefits));
    }

    [HttpPost("{id:int}/offer"), RedirectOnFailure]
    public async Task<IActionResult> OfferBenefit(int id)
    {
        await mediator.Send(new RetireBenefit.Command(id, Offered: true));
        TempData["Flash"] = localizer["Benefit offered again."].Value;
        return RedirectToAction(nameof(ListBenefits));
    }
}
