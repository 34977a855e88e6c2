using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Onboarding;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;

namespace ErmPortal.Web.Onboarding.Templates;

/// <summary>HR writes a new template: who it is for and its tasks, which become its first version.</summary>
public static class CreateTemplate
{
    [RequireRole(Roles.Hr)]
    public record Command : TemplateForm, ICommand<int>;

    public class Validator(ErmDbContext db) : TemplateFormValidator<Command>(db);

    public class Handler(ErmDbContext db, ICurrentUser user, IClock clock, TemplateDocument documents) : IRequestHandler<Command, int>
    {
        public async Task<int> Handle(Command request, CancellationToken ct)
        {
            var template = new JourneyTemplate
            {
                Name = request.Name.Trim(), Kind = request.Kind, DepartmentId = request.DepartmentId, PositionId = request.PositionId,
            };
            template.Revise(await request.ToTasksAsync(new Dictionary<string, string>(), documents, ct), user.UserId ?? "", clock.UtcNow);
            db.Add(template);
            await db.SaveChangesAsync(ct);
            return template.Id;
        }
    }
}
