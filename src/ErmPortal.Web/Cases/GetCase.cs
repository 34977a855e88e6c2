using ErmPortal.Data.Accounts;
using ErmPortal.Data.Cases;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Cases;

/// <summary>A case as HR handles it: what it is about, its notes in the order they were written, and its outcome once closed.</summary>
public static class GetCase
{
    [RequireRole(Roles.Hr)]
    public record Query(int Id) : IRequest<Model>
    {
        /// <summary>A note that could not be added, shown again with its problem.</summary>
        public AddCaseNote.Command? Note { get; init; }
    }

    public record Note(string AuthorName, DateTime WrittenAtUtc, string Text);

    public record Model(int Id, int EmployeeId, string EmployeeName, string PositionTitle, string DepartmentName, CaseKind Kind, CaseStatus Status,
        string Summary, DateOnly OpenedOn, string OwnerName, DateOnly? ClosedOn, string? Outcome, DateTime CreatedAtUtc)
    {
        public IReadOnlyList<Note> Notes { get; init; } = [];
        public AddCaseNote.Command NoteForm { get; init; } = new();
    }

    public class Handler(CaseAccess access) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var found = await access.Handled().Where(c => c.Id == request.Id).Select(c => new
            {
                Model = new Model(c.Id, c.EmployeeId, (c.Employee.PreferredName ?? c.Employee.LegalFirstName) + " " + c.Employee.LegalLastName,
                    c.Employee.Position.Title, c.Employee.Department.Name, c.Kind, c.Status, c.Summary, c.OpenedOn,
                    (c.Owner.PreferredName ?? c.Owner.LegalFirstName) + " " + c.Owner.LegalLastName, c.ClosedOn, c.Outcome, c.CreatedAtUtc),
                Notes = c.Notes.OrderBy(n => n.WrittenAtUtc).ThenBy(n => n.Id).Select(n => new Note(n.AuthorName, n.WrittenAtUtc, n.Text)).ToList(),
            }).AsSplitQuery().FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
            return found.Model with { Notes = found.Notes, NoteForm = request.Note ?? new AddCaseNote.Command { Id = request.Id } };
        }
    }
}
