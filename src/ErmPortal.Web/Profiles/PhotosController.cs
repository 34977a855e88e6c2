using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace ErmPortal.Web.Profiles;

public class PhotosController(IMediator mediator) : Controller
{
    [HttpGet("employees/{id:int}/photo")]
    [ResponseCache(Duration = 300, Location = ResponseCacheLocation.Client)]
    public async Task<IActionResult> GetPhoto(int id)
    {
        var (content, contentType) = await mediator.Send(new GetPhoto.Query(id));
        return File(content, contentType);
    }
}
