using System.ComponentModel.DataAnnotations;
using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Learning;
using ErmPortal.Web.Infrastructure.Mediator;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Learning.Development;

/// <summary>
/// HR names the skills a position requires. A position has no version of its own, so the form carries a fingerprint of
/// the skills it showed: if the skills differ when saving, someone else saved in between, and the form shows what they say now.
/// </summary>
public static class EditPositionSkills
{
    public const int MaxSkills = 20;

    [RequireRole(Roles.Hr)]
    public record Query(int Id) : IRequest<Command>;

    [RequireRole(Roles.Hr)]
    public record Command : ICommand
    {
        [BindNever]
        public int Id { get; set; }
        [BindNever]
        public string Position { get; set; } = "";
        [Display(Name = "Skills required")]
        public string? Skills { get; set; }
        /// <summary>The fingerprint of the skills the form showed when opened.</summary>
        public Guid Version { get; set; }

        public IReadOnlyList<string> SkillNames => Split(Skills);

        public static IReadOnlyList<string> Split(string? text) => (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    public class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.SkillNames.Count).LessThanOrEqualTo(MaxSkills).OverridePropertyName(nameof(Command.Skills)).WithMessage("List at most 20 skills.");
            RuleFor(c => c.SkillNames).Must(names => names.All(n => n.Length <= 60)).OverridePropertyName(nameof(Command.Skills))
                .WithMessage("Keep each skill to 60 characters.");
        }
    }

    private static string Joined(IEnumerable<string> names) => string.Join(", ", names.Order(StringComparer.OrdinalIgnoreCase));

    /// <summary>The same for the same skills, case and order aside.</summary>
    public static Guid Fingerprint(IEnumerable<string> names) =>
        new(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Joined(names).ToUpperInvariant())).AsSpan(0, 16));

    public class QueryHandler(ErmDbContext db) : IRequestHandler<Query, Command>
    {
        public async Task<Command> Handle(Query request, CancellationToken ct)
        {
            var position = await db.Positions.Where(p => p.Id == request.Id)
                .Select(p => new { p.Title, Skills = db.Set<PositionSkill>().Where(s => s.PositionId == p.Id).Select(s => s.Name).ToList() })
                .FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
            return new Command { Id = request.Id, Position = position.Title, Skills = Joined(position.Skills), Version = Fingerprint(position.Skills) };
        }
    }

    public class Handler(ErmDbContext db) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            request.Position = await db.Positions.Where(p => p.Id == request.Id).Select(p => p.Title).FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
            var rows = await db.Set<PositionSkill>().Where(s => s.PositionId == request.Id).ToListAsync(ct);
            var current = Fingerprint(rows.Select(r => r.Name));
            if (current != request.Version)
                throw new ConcurrencyConflictException("Someone else saved the skills of this position after you opened the form. Check what they say now; save again to replace them with yours.",
                    new Dictionary<string, string?> { [nameof(Command.Skills)] = Joined(rows.Select(r => r.Name)) }, current);
            var wanted = request.SkillNames;
            db.RemoveRange(rows.Where(r => !wanted.Contains(r.Name, StringComparer.OrdinalIgnoreCase)));
            db.AddRange(wanted.Where(w => !rows.Any(r => string.Equals(r.Name, w, StringComparison.OrdinalIgnoreCase)))
                .Select(w => new PositionSkill { PositionId = request.Id, Name = w }));
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
