using ErmPortal.Data;
using ErmPortal.Data.Profiles;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Profiles;

/// <summary>The person's own requests with their status and HR's reason; their own values are shown masked too, as on any list.</summary>
public static class ListMyChangeRequests
{
    public record Query : IRequest<IReadOnlyList<Row>>;

    public record Item(SensitiveField Field, string? NewValue);

    public record Row(int Id, DateTime RequestedAtUtc, ChangeRequestStatus Status, string? DecisionReason, DateTime? DecidedAtUtc,
        IReadOnlyList<Item> Items);

    public class Handler(ErmDbContext db, ICurrentUser user) : IRequestHandler<Query, IReadOnlyList<Row>>
    {
        public async Task<IReadOnlyList<Row>> Handle(Query request, CancellationToken ct)
        {
            var id = user.EmployeeId ?? throw new NotFoundException();
            var rows = await db.ChangeRequests.Where(r => r.EmployeeId == id)
                .OrderByDescending(r => r.RequestedAtUtc).Take(50)
                .Select(r => new Row(r.Id, r.RequestedAtUtc, r.Status, r.DecisionReason, r.DecidedAtUtc,
                    r.Items.Select(i => new Item(i.Field, i.NewValue)).ToList()))
                .ToListAsync(ct);
            return rows.Select(r => r with { Items = r.Items.Select(i => i with { NewValue = ChangeRequestDisplay.ForList(i.Field, i.NewValue) }).ToList() }).ToList();
        }
    }
}

/// <summary>How a proposed value shows in lists: bank and national ids masked, the rest as typed.</summary>
public static class ChangeRequestDisplay
{
    public static string? ForList(SensitiveField field, string? value) => field switch
    {
        SensitiveField.BankAccount or SensitiveField.NationalId => field.Masked(value),
        SensitiveField.DateOfBirth or SensitiveField.HomeAddress => value is null ? null : "••••",
        _ => value,
    };
}
