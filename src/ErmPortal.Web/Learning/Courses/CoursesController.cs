using ErmPortal.Data.Accounts;
using ErmPortal.Web.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ErmPortal.Web.Learning.Courses;

/// <summary>The course catalog and a course's page for everyone signed in; adding, editing and archiving courses for HR.</summary>
[Route("learning/courses")]
[Authorize]
public class CoursesController(IMediator mediator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> ListCourses(ListCourses.Query query) => View(await mediator.Send(query));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> GetCourse(int id) => View(await mediator.Send(new GetCourse.Query(id)));

    [HttpGet("new")]
    [Authorize(Roles = Roles.Hr)]
    public IActionResult CreateCourse() => View(new CreateCourse.Command());

    [HttpPost("new")]
    [Authorize(Roles = Roles.Hr)]
    public async Task<IActionResult> CreateCourse(CreateCourse.Command command)
    {
        if (!ModelState.IsValid) return View(command);
        var id = await mediator.Send(command);
        TempData["Flash"] = "Course added to the catalog.";
        return RedirectToAction(nameof(GetCourse), new { id });
    }

    [HttpGet("{id:int}/edit")]
    [Authorize(Roles = Roles.Hr)]
    public async Task<IActionResult> EditCourse(int id) => View(await mediator.Send(new EditCourse.Query(id)));

    [HttpPost("{id:int}/edit")]
    [Authorize(Roles = Roles.Hr)]
    public async Task<IActionResult> EditCourse(int id, EditCourse.Command command)
    {
        command.Id = id;
        if (!ModelState.IsValid) return View(command);
        await mediator.Send(command);
        TempData["Flash"] = "Course saved.";
        return RedirectToAction(nameof(GetCourse), new { id });
    }

    [HttpPost("{id:int}/archive"), RedirectOnFailure]
    [Authorize(Roles = Roles.Hr)]
    public async Task<IActionResult> ArchiveCourse(int id)
    {
        await mediator.Send(new ArchiveCourse.Command(id, Archive: true));
        TempData["Flash"] = "Course archived: it has left the catalog.";
        return RedirectToAction(nameof(GetCourse), new { id });
    }

    [HttpPost("{id:int}/restore"), RedirectOnFailure]
    [Authorize(Roles = Roles.Hr)]
    public async Task<IActionResult> RestoreCourse(int id)
    {
        await mediator.Send(new ArchiveCourse.Command(id, Archive: false));
        TempData["Flash"] = "Course restored to the catalog.";
        return RedirectToAction(nameof(GetCourse), new { id });
    }
}
