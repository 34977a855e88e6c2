using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using ErmPortal.Data;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Profiles;
using ErmPortal.Data.Shared;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Profiles;

/// <summary>
/// The person proposes new values for sensitive details. The form is prefilled with what the portal holds, the bank
/// account and national id masked as on the profile (a form left open must not show them to whoever passes by);
/// only the fields they change go to HR, and nothing changes until HR approves.
/// </summary>
public static class RequestDetailsChange
{
    public record Query : IRequest<Command>;

    public record Command : ICommand<int>
    {
        [Display(Name = "Legal first name")]
        public string LegalFirstName { get; set; } = "";
        [Display(Name = "Legal last name")]
        public string LegalLastName { get; set; } = "";
        [Display(Name = "Home address")]
        public string? HomeAddress { get; set; }
        [Display(Name = "Date of birth")]
        public DateOnly? DateOfBirth { get; set; }
        [Display(Name = "National id")]
        public string? NationalId { get; set; }
        [Display(Name = "Bank account (IBAN)")]
        public string? BankAccount { get; set; }
        [Display(Name = "Note for HR")]
        public string? Comment { get; set; }
    }

    public class Validator : AbstractValidator<Command>
    {
        public Validator(IClock clock)
        {
            RuleFor(c => c.LegalFirstName).NotEmpty().MaximumLength(100);
            RuleFor(c => c.LegalLastName).NotEmpty().MaximumLength(100);
            RuleFor(c => c.HomeAddress).MaximumLength(500);
            RuleFor(c => c.DateOfBirth)
                .Must(d => d!.Value > clock.Today.AddYears(-100) && d.Value < clock.Today.AddYears(-14))
                .When(c => c.DateOfBirth is not null).WithMessage("Enter a date of birth between 14 and 100 years ago.");
            // A masked value is the one the form showed, posted back unchanged: the handler compares it with what is held.
            RuleFor(c => c.NationalId).MaximumLength(40).Matches("^[A-Za-z0-9 \\-]*$")
                .WithMessage("Use letters, digits, spaces and hyphens only.").When(c => !Masking.IsMasked(c.NationalId));
            RuleFor(c => c.BankAccount).Must(Iban.IsValid!).When(c => !string.IsNullOrWhiteSpace(c.BankAccount) && !Masking.IsMasked(c.BankAccount))
                .WithMessage("Enter a valid IBAN, such as IT60 X054 2811 1010 0000 0123 456.");
            RuleFor(c => c.Comment).MaximumLength(1000);
        }
    }

    public class QueryHandler(ErmDbContext db, ICurrentUser user) : IRequestHandler<Query, Command>
    {
        public async Task<Command> Handle(Query request, CancellationToken ct)
        {
            var id = user.EmployeeId ?? throw new NotFoundException();
            var held = await db.Employees.Where(e => e.Id == id).Select(e => new Command
            {
                LegalFirstName = e.LegalFirstName, LegalLastName = e.LegalLastName, HomeAddress = e.HomeAddress,
                DateOfBirth = e.DateOfBirth, NationalId = e.NationalId, BankAccount = e.BankAccount,
            }).FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
            return held with
            {
                NationalId = SensitiveField.NationalId.Masked(held.NationalId), BankAccount = SensitiveField.BankAccount.Masked(held.BankAccount),
            };
        }
    }

    public class Handler(ErmDbContext db, ICurrentUser user, IClock clock) : IRequestHandler<Command, int>
    {
        public async Task<int> Handle(Command request, CancellationToken ct)
        {
            var id = user.EmployeeId ?? throw new NotFoundException();
            var employee = await db.Employees.FirstOrDefaultAsync(e => e.Id == id, ct) ?? throw new NotFoundException();
            var proposed = new Dictionary<SensitiveField, string?>
            {
                [SensitiveField.LegalFirstName] = request.LegalFirstName,
                [SensitiveField.LegalLastName] = request.LegalLastName,
                [SensitiveField.HomeAddress] = request.HomeAddress,
                [SensitiveField.DateOfBirth] = request.DateOfBirth?.ToString("yyyy-MM-dd"),
                [SensitiveField.NationalId] = request.NationalId?.ToUpperInvariant(),
                [SensitiveField.BankAccount] = Iban.Normalise(request.BankAccount),
            };
            var kept = new (SensitiveField Field, string? Posted, string Property)[]
            {
                (SensitiveField.NationalId, request.NationalId, nameof(Command.NationalId)),
                (SensitiveField.BankAccount, request.BankAccount, nameof(Command.BankAccount)),
            }.Where(secret => KeepsWhatIsHeld(employee, secret.Field, secret.Posted, secret.Property)).Select(secret => secret.Field).ToHashSet();
            var items = proposed.Where(p => !kept.Contains(p.Key))
                .Select(p => new { Field = p.Key, Old = ChangeRequestItem.ValueOf(employee, p.Key), New = string.IsNullOrWhiteSpace(p.Value) ? null : p.Value.Trim() })
                .Where(p => p.New != p.Old)
                .Select(p => new ChangeRequestItem { Field = p.Field, OldValue = p.Old, NewValue = p.New });
            var changeRequest = ChangeRequest.Submit(employee, items, string.IsNullOrWhiteSpace(request.Comment) ? null : request.Comment.Trim(), clock.UtcNow);
            db.ChangeRequests.Add(changeRequest);
            await db.SaveChangesAsync(ct);
            return changeRequest.Id;
        }

        /// <summary>
        /// The form showed this secret masked. The mask posted back as it was means "no change"; any other value must be
        /// typed whole, since a half-masked one cannot be a bank account or an id.
        /// </summary>
        private static bool KeepsWhatIsHeld(Employee employee, SensitiveField field, string? posted, string property)
        {
            if (!Masking.IsMasked(posted)) return false;
            if (posted!.Trim() == field.Masked(ChangeRequestItem.ValueOf(employee, field))) return true;
            throw new DomainRuleException(property, "Type the whole new value, or leave the masked one as it is.");
        }
    }
}

/// <summary>International bank account numbers (ISO 13616): format and the mod-97 check digits.</summary>
public static class Iban
{
    public static string? Normalise(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : Regex.Replace(value, "\\s", "").ToUpperInvariant();

    public static bool IsValid(string value)
    {
        var iban = Normalise(value) ?? "";
        return Regex.IsMatch(iban, "^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$") && Mod97(iban[4..] + iban[..4]) == 1;
    }

    /// <summary>A valid IBAN from a country code and an account number (BBAN): the check digits are worked out.</summary>
    public static string Compose(string countryCode, string bban) =>
        countryCode + (98 - Mod97(bban + countryCode + "00")).ToString("00", System.Globalization.CultureInfo.InvariantCulture) + bban;

    /// <summary>The remainder by 97 of the number the characters spell, letters counting as 10 to 35.</summary>
    private static int Mod97(string characters)
    {
        var remainder = 0;
        foreach (var c in characters)
        {
            var digits = char.IsLetter(c) ? (c - 'A' + 10).ToString(System.Globalization.CultureInfo.InvariantCulture) : c.ToString();
            foreach (var d in digits) remainder = (remainder * 10 + (d - '0')) % 97;
        }
        return remainder;
    }
}
