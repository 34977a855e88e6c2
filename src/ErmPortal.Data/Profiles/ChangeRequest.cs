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
        EnsurePending();
        foreach (var item in Items) item.ApplyTo(Employee);
        Decide(ChangeRequestStatus.Approved, deciderUserId, reason, nowUtc);
    }

    public void Reject(string deciderUserId, string reason, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainRuleException(nameof(DecisionReason), "Say why the request is rejected, so the employee knows what to fix.");
        Decide(ChangeRequestStatus.Rejected, deciderUserId, reason, nowUtc);
    }

    public void Withdraw(DateTime nowUtc) => Decide(ChangeRequestStatus.Withdrawn, null, null, nowUtc);

    /// <summary>
    /// Closes the request. HR needed the whole bank account and national id to check them; once decided, the record only
    /// has to show what was asked and what became of it, so it keeps them masked (the approved value lives on the employee).
    /// </summary>
    private void Decide(ChangeRequestStatus status, string? deciderUserId, string? reason, DateTime nowUtc)
    {
        EnsurePending();
        Status = status;
        DecidedByUserId = deciderUserId;
        DecisionReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        DecidedAtUtc = nowUtc;
        foreach (var item in Items) item.MaskSecrets();
        Raise(new ChangeRequestDecided(this));
    }

    private void EnsurePending()
    {
        if (Status != ChangeRequestStatus.Pending)
            throw new DomainRuleException("", "This request has already been decided.");
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

    internal void MaskSecrets()
    {
        OldValue = Field.Masked(OldValue);
        NewValue = Field.Masked(NewValue);
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

public static class SensitiveFields
{
    /// <summary>
    /// Bank account and national id are secrets: shown masked everywhere except HR's review of a pending request, and
    /// kept masked once a request is decided. The other fields are shown as they are to those who may see them.
    /// </summary>
    public static string? Masked(this SensitiveField field, string? value) => field switch
    {
        SensitiveField.BankAccount => Masking.Mask(value),
        SensitiveField.NationalId => Masking.Mask(value, 2),
        _ => value,
    };
}

public record ChangeRequestSubmitted(ChangeRequest Request) : MediatR.INotification;

public record ChangeRequestDecided(ChangeRequest Request) : MediatR.INotification;
