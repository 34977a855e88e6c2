using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Audit;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Organisation;
using ErmPortal.Web.Shared;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Audit;

/// <summary>
/// HR and Admin search the record of changes. Read-only: the portal has no way to change or remove entries. Each
/// row's values are shown only to those who may see that field on the person's profile, so the audit log is no back
/// door to personal details: Admin sees that a home address changed and who changed it, never the address.
/// </summary>
public static class SearchAuditLog
{
    [RequireRole(Roles.Hr, Roles.Admin)]
    public record Query : IRequest<Model>
    {
        public int? EmployeeId { get; init; }
        /// <summary>Part of the acting person's name.</summary>
        public string? Actor { get; init; }
        /// <summary>One audited field, as "EntityType.Field" (the field filter's values).</summary>
        public string? Field { get; init; }
        public DateOnly? From { get; init; }
        public DateOnly? To { get; init; }
        public int Page { get; init; } = 1;
        /// <summary>The pager's links: the entries after (older than) or before (newer than) this one.</summary>
        public long? After { get; init; }
        public long? Before { get; init; }
    }

    /// <summary>A change as the viewer may see it. <see cref="ValuesHidden"/>: the change is shown, its values are not.</summary>
    public record Row(DateTime AtUtc, string? ActorName, int? EmployeeId, string? EmployeeName, string? AccountEmail, string EntityLabel,
        string Action, string? FieldLabel, string? OldValue, string? NewValue, bool ValuesHidden);

    /// <summary>A choice in the field filter: its value and its (English) label, with its entity's label to group by.</summary>
    public record FieldChoice(string Value, string EntityLabel, string Label);

    public record Model(Query Query, Page<Row> Entries, string? EmployeeName, IReadOnlyList<FieldChoice> Fields)
    {
        /// <summary>Whether the reader narrowed the log: an empty result then says to widen it, otherwise that nothing is recorded.</summary>
        public bool Filtered => Query.EmployeeId is not null || !string.IsNullOrWhiteSpace(Query.Actor) || !string.IsNullOrWhiteSpace(Query.Field)
                                || Query.From is not null || Query.To is not null;
    }

    public static IReadOnlyList<FieldChoice> FieldChoices { get; } = AuditedFields.All
        .SelectMany(t => t.Fields.Values.Select(f => new FieldChoice($"{t.Name}.{f.Name}", t.Label, f.Label)))
        .ToList();

    /// <summary>Newest first, by time and then id: the order of every index on the log, so no page is ever sorted.</summary>
    private static readonly Keyset<AuditEntry, long> NewestFirst = new(a => a.Id, Keyset<AuditEntry, long>.Descending(a => a.AtUtc));

    public class Handler(ErmDbContext db, EmployeeAccess access, ViewerRelations relations, AuditValues values) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var entries = db.AuditEntries.AsQueryable();
            if (request.EmployeeId is { } employeeId) entries = entries.Where(a => a.EmployeeId == employeeId);
            if (!string.IsNullOrWhiteSpace(request.Actor)) entries = entries.Where(a => EF.Functions.Like(a.ActorName!, $"%{request.Actor.Trim()}%"));
            if (request.Field?.Split('.', 2) is [var entityType, var field]) entries = entries.Where(a => a.EntityType == entityType && a.Field == field);
            var page = await entries.Within(a => a.AtUtc, request.From, request.To)
                .ToKeysetPageAsync(NewestFirst, new PageRequest(request.Page, request.After, request.Before), PagingExtensions.DefaultPageSize,
                    ids => db.AuditEntries.Where(a => ids.Contains(a.Id)).Select(a => new
                    {
                        a.Id, a.AtUtc, a.ActorName, a.EmployeeId, a.EntityType, a.Action, a.Field, a.OldValue, a.NewValue,
                        EmployeeName = db.Employees.Where(e => e.Id == a.EmployeeId).Select(e => (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName).FirstOrDefault(),
                        AccountEmail = a.EntityType == AuditedFields.Account ? db.Users.Where(u => u.Id == a.EntityId).Select(u => u.Email).FirstOrDefault() : null,
                    }), a => a.Id, ct);

            // The viewer's relation to everyone on the page in one query, then each row decided in memory.
            var people = await access.ResolveManyAsync(page.Items.Where(a => a.EmployeeId is not null).Select(a => a.EmployeeId!.Value).ToList(), ct);
            var visible = new List<bool>();
            foreach (var a in page.Items)
            {
                // A row about nobody in particular (an account without a person) is judged by the sign-in alone.
                var resource = a.EmployeeId is { } id ? people[id] : new EmployeeResource(0, relations.FromSignIn(0));
                visible.Add(await access.CanAsync(resource, EmployeeOperations.ToView(AuditedFields.VisibilityOf(a.EntityType, a.Field))));
            }
            // Only what the reader may see is looked up: a hidden value's name is not even read.
            var shown = page.Items.Where((_, i) => visible[i]).ToList();
            await values.ResolveAsync(shown.Select(a => (a.EntityType, a.Field, a.OldValue, a.NewValue)), ct);
            var rows = page.Items.Select((a, i) =>
            {
                var type = AuditedFields.Find(a.EntityType);
                var fieldLabel = a.Field is null ? null : type?.Fields.GetValueOrDefault(a.Field)?.Label ?? a.Field;
                var (before, after) = visible[i] ? values.Change(a.EntityType, a.Field, a.OldValue, a.NewValue) : (null, null);
                return new Row(a.AtUtc, a.ActorName, a.EmployeeId, a.EmployeeName, a.AccountEmail, type?.Label ?? a.EntityType, a.Action, fieldLabel,
                    before, after, !visible[i]);
            }).ToList();
            var name = request.EmployeeId is { } employee
                ? await db.Employees.Where(e => e.Id == employee).Select(e => (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName).FirstOrDefaultAsync(ct)
                : null;
            return new Model(request, page.WithItems(rows), name, FieldChoices);
        }
    }
}
