using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Learning;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Learning.Mandatory;

/// <summary>HR stops requiring a course of a position.</summary>
public static class RemoveMandatoryRule
{
    [RequireRole(Roles.Hr)]
    public record Command(int CourseId, int RuleId) : ICommand;

    public class Handler(ErmDbContext db) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var rule = await db.Set<MandatoryRule>().FirstOrDefaultAsync(r => r.Id == request.RuleId && r.CourseId == request.CourseId, ct)
                       ?? throw new NotFoundException();
            db.Remove(rule);
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
