using ErmPortal.Data;
using ErmPortal.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Profiles;

/// <summary>
/// The photo part of the profile form: the current photo as a preview, and "Remove" only when there is one to remove.
/// Its own component, so the form shows it the same when it comes back with errors or a conflict.
/// </summary>
public class MyPhoto(IMediator mediator) : ViewComponent
{
    public record Query : IRequest<Model?>;

    /// <summary>The version changes with every new photo, so it tells the browser's cache that the picture changed.</summary>
    public record Model(int EmployeeId, bool HasPhoto, Guid Version);

    public async Task<IViewComponentResult> InvokeAsync() =>
        await mediator.Send(new Query()) is { } model
            ? View("~/Profiles/MyPhoto.cshtml", model)
            : Content(string.Empty);

    public class Handler(ErmDbContext db, ICurrentUser user) : IRequestHandler<Query, Model?>
    {
        public async Task<Model?> Handle(Query request, CancellationToken cancellationToken) =>
            user.EmployeeId is { } id
                ? await db.Employees.Where(e => e.Id == id).Select(e => new Model(e.Id, e.PhotoKey != null, e.Version)).FirstOrDefaultAsync(cancellationToken)
                : null;
    }
}
