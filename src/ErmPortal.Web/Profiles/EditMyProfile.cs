using System.ComponentModel.DataAnnotations;
using ErmPortal.Data;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Profiles;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Profiles;

/// <summary>
/// The details a person keeps up to date themselves, saved at once and recorded on their timeline.
/// Sensitive details are not here: they go through <see cref="RequestDetailsChange"/>.
/// </summary>
public static class EditMyProfile
{
    public const int MaxEmergencyContacts = 3;
    public const int MaxTags = 20;

    public record Query : IRequest<Command>;

    public record Command : ICommand
    {
        [Display(Name = "Preferred first name")]
        public string? PreferredName { get; set; }
        [Display(Name = "Pronouns")]
        public string? Pronouns { get; set; }
        [Display(Name = "Work phone")]
        public string? WorkPhone { get; set; }
        [Display(Name = "Personal email")]
        public string? PersonalEmail { get; set; }
        [Display(Name = "Personal phone")]
        public string? PersonalPhone { get; set; }
        public List<ContactForm> EmergencyContacts { get; set; } = [];
        /// <summary>Comma-separated, as typed.</summary>
        [Display(Name = "Skills")]
        public string? Skills { get; set; }
        [Display(Name = "Interests")]
        public string? Interests { get; set; }
        [Display(Name = "Career aspirations")]
        public string? CareerAspirations { get; set; }
        public Guid Version { get; set; }
    }

    public record ContactForm
    {
        [Display(Name = "Name")]
        public string? Name { get; set; }
        [Display(Name = "Relationship")]
        public string? Relationship { get; set; }
        [Display(Name = "Phone")]
        public string? Phone { get; set; }
        public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Relationship) && string.IsNullOrWhiteSpace(Phone);
    }

    private const string PhonePattern = @"^\+?[0-9 ()\-.]{5,40}$";

    public class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.PreferredName).MaximumLength(100);
            RuleFor(c => c.Pronouns).MaximumLength(40);
            RuleFor(c => c.WorkPhone).Matches(PhonePattern).When(c => !string.IsNullOrWhiteSpace(c.WorkPhone))
                .WithMessage("Enter a phone number of digits, spaces and + ( ) - .");
            RuleFor(c => c.PersonalPhone).Matches(PhonePattern).When(c => !string.IsNullOrWhiteSpace(c.PersonalPhone))
                .WithMessage("Enter a phone number of digits, spaces and + ( ) - .");
            RuleFor(c => c.PersonalEmail).EmailAddress().MaximumLength(256).When(c => !string.IsNullOrWhiteSpace(c.PersonalEmail));
            RuleFor(c => c.EmergencyContacts.Count).LessThanOrEqualTo(MaxEmergencyContacts);
            RuleForEach(c => c.EmergencyContacts).ChildRules(contact =>
            {
                contact.RuleFor(x => x.Name).NotEmpty().WithMessage("Give the contact's name.").MaximumLength(100).When(x => !x.IsBlank);
                contact.RuleFor(x => x.Relationship).NotEmpty().WithMessage("Say how you are related.").MaximumLength(50).When(x => !x.IsBlank);
                contact.RuleFor(x => x.Phone).NotEmpty().WithMessage("Give a phone number to call.")
                    .Matches(PhonePattern).WithMessage("Enter a phone number of digits, spaces and + ( ) - .").When(x => !x.IsBlank);
            });
            RuleFor(c => c.Skills).Must(t => Tags.Parse(t).Count <= MaxTags).WithMessage($"List at most {MaxTags} skills.")
                .Must(t => Tags.Parse(t).All(s => s.Length <= 60)).WithMessage("Keep each skill under 60 characters.");
            RuleFor(c => c.Interests).Must(t => Tags.Parse(t).Count <= MaxTags).WithMessage($"List at most {MaxTags} interests.")
                .Must(t => Tags.Parse(t).All(s => s.Length <= 60)).WithMessage("Keep each interest under 60 characters.");
            RuleFor(c => c.CareerAspirations).MaximumLength(2000);
        }
    }

    public class QueryHandler(ErmDbContext db, ICurrentUser user) : IRequestHandler<Query, Command>
    {
        public async Task<Command> Handle(Query request, CancellationToken ct)
        {
            var id = user.EmployeeId ?? throw new NotFoundException();
            var e = await db.Employees.AsNoTracking().Include(x => x.EmergencyContacts).Include(x => x.Tags)
                .FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
            var contacts = e.EmergencyContacts.OrderBy(c => c.Id)
                .Select(c => new ContactForm { Name = c.Name, Relationship = c.Relationship, Phone = c.Phone }).ToList();
            return new Command
            {
                PreferredName = e.PreferredName, Pronouns = e.Pronouns, WorkPhone = e.Phone, PersonalEmail = e.PersonalEmail,
                PersonalPhone = e.PersonalPhone, EmergencyContacts = WithBlankRows(contacts),
                Skills = Tags.Format(e.Tags, TagKind.Skill), Interests = Tags.Format(e.Tags, TagKind.Interest),
                CareerAspirations = e.CareerAspirations, Version = e.Version,
            };
        }
    }

    /// <summary>What the profile holds now where it differs from what the form posted.</summary>
    private static Dictionary<string, string?> ChangedMeanwhile(Employee e, Command posted)
    {
        static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        var fields = new (string Field, string? Now, string? Posted)[]
        {
            (nameof(Command.PreferredName), e.PreferredName, Clean(posted.PreferredName)),
            (nameof(Command.Pronouns), e.Pronouns, Clean(posted.Pronouns)),
            (nameof(Command.WorkPhone), e.Phone, Clean(posted.WorkPhone)),
            (nameof(Command.PersonalEmail), e.PersonalEmail, Clean(posted.PersonalEmail)),
            (nameof(Command.PersonalPhone), e.PersonalPhone, Clean(posted.PersonalPhone)),
            (nameof(Command.Skills), Clean(Tags.Format(e.Tags, TagKind.Skill)), Clean(string.Join(", ", Tags.Parse(posted.Skills).Order()))),
            (nameof(Command.Interests), Clean(Tags.Format(e.Tags, TagKind.Interest)), Clean(string.Join(", ", Tags.Parse(posted.Interests).Order()))),
            (nameof(Command.CareerAspirations), e.CareerAspirations, Clean(posted.CareerAspirations)),
        };
        return fields.Where(f => !string.Equals(f.Now, f.Posted, StringComparison.Ordinal)).ToDictionary(f => f.Field, f => f.Now);
    }

    /// <summary>The form always offers the full number of contact rows; blank ones are ignored on save.</summary>
    public static List<ContactForm> WithBlankRows(List<ContactForm> contacts) =>
        contacts.Concat(Enumerable.Range(0, Math.Max(0, MaxEmergencyContacts - contacts.Count)).Select(_ => new ContactForm())).ToList();

    public class Handler(ErmDbContext db, ICurrentUser user) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var id = user.EmployeeId ?? throw new NotFoundException();
            var e = await db.Employees.Include(x => x.EmergencyContacts).Include(x => x.Tags).FirstOrDefaultAsync(x => x.Id == id, ct)
                    ?? throw new NotFoundException();
            if (e.Version != request.Version)
                throw new ConcurrencyConflictException(
                    "Your profile changed since you opened this page (perhaps in another tab, or HR updated it). The values saved meanwhile are shown next to each field; save again to replace them with yours.",
                    ChangedMeanwhile(e, request), e.Version);
            db.Entry(e).Property(x => x.Version).OriginalValue = request.Version;

            var changed = new List<string>();
            void Set(string label, string? current, string? wanted, Action<string?> assign)
            {
                var value = string.IsNullOrWhiteSpace(wanted) ? null : wanted.Trim();
                if (value == current) return;
                assign(value);
                changed.Add(label);
            }
            Set("preferred name", e.PreferredName, request.PreferredName, v => e.PreferredName = v);
            Set("pronouns", e.Pronouns, request.Pronouns, v => e.Pronouns = v);
            Set("work phone", e.Phone, request.WorkPhone, v => e.Phone = v);
            Set("personal email", e.PersonalEmail, request.PersonalEmail, v => e.PersonalEmail = v);
            Set("personal phone", e.PersonalPhone, request.PersonalPhone, v => e.PersonalPhone = v);
            Set("career aspirations", e.CareerAspirations, request.CareerAspirations, v => e.CareerAspirations = v);

            var contacts = request.EmergencyContacts.Where(c => !c.IsBlank)
                .Select(c => (Name: c.Name!.Trim(), Relationship: c.Relationship!.Trim(), Phone: c.Phone!.Trim())).ToList();
            if (!contacts.SequenceEqual(e.EmergencyContacts.OrderBy(c => c.Id).Select(c => (c.Name, c.Relationship, c.Phone))))
            {
                e.EmergencyContacts.Clear();
                e.EmergencyContacts.AddRange(contacts.Select(c => new EmergencyContact { Name = c.Name, Relationship = c.Relationship, Phone = c.Phone }));
                changed.Add("emergency contacts");
            }
            if (Tags.Replace(e, TagKind.Skill, request.Skills)) changed.Add("skills");
            if (Tags.Replace(e, TagKind.Interest, request.Interests)) changed.Add("interests");

            e.RecordProfileUpdate(changed);
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateConcurrencyException)
            {
                throw new ConcurrencyConflictException("Your profile changed while you were saving. Reload to see the current values.");
            }
            return Unit.Value;
        }
    }
}

/// <summary>Skills and interests typed as a comma-separated list.</summary>
public static class Tags
{
    public static List<string> Parse(string? text) =>
        (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    public static string Format(IEnumerable<EmployeeTag> tags, TagKind kind) =>
        string.Join(", ", tags.Where(t => t.Kind == kind).OrderBy(t => t.Name).Select(t => t.Name));

    /// <summary>Makes the employee's tags of one kind match the text; says whether anything changed.</summary>
    public static bool Replace(Employee employee, TagKind kind, string? text)
    {
        var wanted = Parse(text);
        var current = employee.Tags.Where(t => t.Kind == kind).ToList();
        var removed = current.Where(t => !wanted.Contains(t.Name, StringComparer.OrdinalIgnoreCase)).ToList();
        var added = wanted.Where(w => !current.Any(t => string.Equals(t.Name, w, StringComparison.OrdinalIgnoreCase))).ToList();
        foreach (var tag in removed) employee.Tags.Remove(tag);
        employee.Tags.AddRange(added.Select(name => new EmployeeTag { Kind = kind, Name = name }));
        return removed.Count + added.Count > 0;
    }
}
