using ErmPortal.Data.Learning;
using ErmPortal.Data.Shared;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;

namespace ErmPortal.Web.Learning.Development;

/// <summary>The person, a manager above them or HR comments on the plan; the person and their manager are told. Agreements stand.</summary>
public static class CommentOnPlan
{
    public const int MaxLength = 2000;

    public record Command(int EmployeeId, string? Text) : ICommand;

    public class Handler(DevelopmentPlans plans, ICurrentUser user, IClock clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var (_, plan) = await plans.OpenAsync(request.EmployeeId, version: null, ct);
            var text = request.Text?.Trim() ?? "";
            if (text.Length == 0) throw new DomainRuleException(nameof(Command.Text), "Write the comment first.");
            if (text.Length > MaxLength) throw new DomainRuleException(nameof(Command.Text), "A comment has at most {0} characters.", MaxLength);
            // HR without an employee record of their own has no name to sign with.
            if (user.EmployeeId is not { } author) throw new NotFoundException();
            plan.Comments.Add(new DevelopmentComment { AuthorId = author, Text = text, WrittenAtUtc = clock.UtcNow });
            await plans.TellAsync(plan.EmployeeId, DevelopmentNotifications.Commented, ct, text);
            await plans.SaveAsync(ct);
            return Unit.Value;
        }
    }
}
