using ErmPortal.Data.Onboarding;
using ErmPortal.Data.Shared;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;

namespace ErmPortal.Web.Onboarding.Plans;

/// <summary>
/// The person a task is given to (or HR, for anyone) ticks it off. A document to read is acknowledged in so many words
/// and the moment kept; a short form is answered in full. A document to upload comes from the person's documents page,
/// so here only HR may close such a task.
/// </summary>
public static class CompleteTask
{
    public record Command : ICommand
    {
        public int PlanId { get; set; }
        public int TaskId { get; set; }
        public Guid Version { get; set; }
        /// <summary>"I have read and acknowledge": required for a task with a document.</summary>
        public bool Acknowledge { get; set; }
        public List<string> Answers { get; set; } = [];
    }

    public static bool MayComplete(int? assigneeId, bool requestsDocument, int? me, bool isHr) =>
        isHr || (!requestsDocument && me is not null && assigneeId == me);

    public class Handler(PlanEditing editing, ICurrentUser user, IClock clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var (plan, _) = await editing.LoadAsync(request.PlanId, request.Version, PlanOperations.View, ct, (plan, viewer) =>
                plan.Tasks.FirstOrDefault(t => t.Id == request.TaskId) is { } task
                && MayComplete(task.AssigneeId, task.RequestedDocument is not null, user.EmployeeId, viewer.Is(PlanRelation.Hr)));
            var task = plan.Tasks.First(t => t.Id == request.TaskId);
            if (task.DocumentKey is not null && !request.Acknowledge)
                throw new DomainRuleException(nameof(Command.Acknowledge), "Tick \"I have read and acknowledge\" once you have read the document.");
            string? answers = null;
            if (task.Questions.Count > 0)
            {
                var given = task.Questions.Select((_, i) => Flat(request.Answers.ElementAtOrDefault(i))).ToList();
                if (given.Any(a => a.Length == 0)) throw new DomainRuleException(nameof(Command.Answers), "Answer every question before completing the task.");
                if (given.Any(a => a.Length > 1000)) throw new DomainRuleException(nameof(Command.Answers), "Keep each answer under 1,000 characters.");
                answers = string.Join('\n', given);
            }
            plan.Complete(task, user.UserId ?? "", clock.UtcNow, answers);
            await editing.SaveAsync(ct);
            return Unit.Value;
        }

        /// <summary>Answers are kept one a line, so a line break typed inside one becomes a space.</summary>
        private static string Flat(string? answer) => string.Join(' ', (answer ?? "").Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();
    }
}
