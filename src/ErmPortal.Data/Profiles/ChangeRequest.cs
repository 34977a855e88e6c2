using ErmPortal.Data.Organisation;
using ErmPortal.Data.Shared;

namespace ErmPortal.Data.Profiles;

/// <summary>The details an employee cannot change alone: HR approves each change first.</summary>
public enum SensitiveField { LegalFirstName, LegalLastName, HomeAddress, DateOfBirth, NationalId, BankAccount }

public enum ChangeRequestStatus { Pending, Approved, Rejected, Withdrawn }

/// <summary>An employee's proposal to change sensitive details. Nothing changes until HR approves.</summary>
public class ChangeRequest : Entity, IVersioned
{
    public int EmployeeId { get; set; }
    public Employee Employee { get; set; } = null!;
    public ChangeRequestStatus Status { get; private set; } = ChangeRequestStatus.Pending;
    public DateTime RequestedAtUtc { get; set; }
    public string? Comment { get; set; }
    public DateTime? DecidedAtUtc { get; private set; }
    public string? DecidedByUserId { get; private set; }
    public string? DecisionReason { get; private set; }
    public List<ChangeRequestItem> Items { get; set; } = [];
    public Guid Version { get; set; } = Guid.NewGuid();

    public static ChangeRequest Submit(Employee employee, IEnumerable<ChangeRequestItem> items, string? comment, DateTime nowUtc)
    {
        var request = new ChangeRequest { Employee = employee, EmployeeId = employee.Id, RequestedAtUtc = nowUtc, Comment = comment, Items = items.ToList() };
        if (request.Items.Count == 0)
            throw new DomainRuleException("", "Change at least one detail before sending the request.");
        request.Raise(new ChangeRequestSubmitted(request));
        return request;
    }

    /// <summary>Applies every proposed value to the employee and closes the request.</summary>
    public void Approve(string deciderUserId, string? reason, DateTime nowUtc)
    {
        Decide(ChangeRequestStatus.Approved, deciderUserId, reason, nowUtc);
        foreach (var item in Items) item.ApplyTo(Employee);
        Raise(new ChangeRequestDecided(this));
    }

    public void Reject(string deciderUserId, string reason, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainRuleException(nameof(DecisionReason), "Say why the request is rejected, so the employee knows what to fix.");
        Decide(ChangeRequestStatus.Rejected, deciderUserId, reason, nowUtc);
        Raise(new ChangeRequestDecided(this));
    }

    public void Withdraw(DateTime nowUtc)
    {
        Decide(ChangeRequestStatus.Withdrawn, null, null, nowUtc);
        Raise(new ChangeRequestDecided(this));
    }

    private void Decide(ChangeRequestStatus status, string? deciderUserId, string? reason, DateTime nowUtc)
    {
        if (Status != ChangeRequestStatus.Pending)
            throw new DomainRuleException("", "This request has already been decided.");
        Status = status;
        DecidedByUserId = deciderUserId;
        DecisionReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        DecidedAtUtc = nowUtc;
    }
}

public class ChangeRequestItem
{
    public int Id { get; set; }
    public int ChangeRequestId { get; set; }
    public SensitiveField Field { get; set; }
    /// <summary>The value when the request was made, for HR's side-by-side view.</summary>
    public string? OldValue { get; set; }
    public string? NewValue { get; set; }

    public void ApplyTo(Employee employee)
    {
        switch (Field)
        {
            case SensitiveField.LegalFirstName: employee.LegalFirstName = NewValue ?? employee.LegalFirstName; break;
            case SensitiveField.LegalLastName: employee.LegalLastName = NewValue ?? employee.LegalLastName; break;
            case SensitiveField.HomeAddress: employee.HomeAddress = NewValue; break;
            case SensitiveField.DateOfBirth: employee.DateOfBirth = NewValue is null ? null : DateOnly.ParseExact(NewValue, "yyyy-MM-dd"); break;
            case SensitiveField.NationalId: employee.NationalId = NewValue; break;
            case SensitiveField.BankAccount: employee.BankAccount = NewValue; break;
        }
    }

    /// <summary>The current value of this field on the employee, as the request stores it.</summary>
    public static string? ValueOf(Employee employee, SensitiveField field) => field switch
    {
        SensitiveField.LegalFirstName => employee.LegalFirstName,
        SensitiveField.LegalLastName => employee.LegalLastName,
        SensitiveField.HomeAddress => employee.HomeAddress,
        SensitiveField.DateOfBirth => employee.DateOfBirth?.ToString("yyyy-MM-dd"),
        SensitiveField.NationalId => employee.NationalId,
        SensitiveField.BankAccount => employee.BankAccount,
        _ => null,
    };
}

public record ChangeRequestSubmitted(ChangeRequest Request) : MediatR.INotification;

public record ChangeRequestDecided(ChangeRequest Request) : MediatR.INotification;
