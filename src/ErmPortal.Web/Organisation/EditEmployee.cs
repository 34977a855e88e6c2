using System.ComponentModel.DataAnnotations;
using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Organisation;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Organisation;

public static class EditEmployee
{
    /// <summary>Loads the form, prefilled with what the portal knows.</summary>
    [RequireRole(Roles.Hr, Roles.Admin)]
    public record Query(int Id) : IRequest<Command>;

    [RequireRole(Roles.Hr, Roles.Admin)]
    public record Command : EmployeeForm, ICommand
    {
        public int Id { get; set; }
        [Display(Name = "Employment status")]
        public EmployeeStatus Status { get; set; }
        /// <summary>The version the form was opened on; a different one in the database means someone saved in between.</summary>
        public Guid Version { get; set; }
        public override int? EditedEmployeeId => Id;
        /// <summary>Shown in the page heading.</summary>
        public string? CurrentName { get; set; }
    }

    public class Validator : EmployeeFormValidator<Command>
    {
        public Validator(ErmDbContext db, IClock clock) : base(db, clock) => RuleFor(c => c.Status).IsInEnum();
    }

    public class QueryHandler(ErmDbContext db, EmployeeAccess access, ICurrentUser user) : IRequestHandler<Query, Command>
    {
        public async Task<Command> Handle(Query request, CancellationToken cancellationToken)
        {
            await access.RequireAsync(request.Id, EmployeeOperations.Edit, cancellationToken);
            var readsGender = user.IsInRole(Roles.Hr);
            return await db.Employees.Where(e => e.Id == request.Id).Select(e => new Command
            {
                Gender = readsGender ? e.Gender : null,
                Id = e.Id, LegalFirstName = e.LegalFirstName, LegalLastName = e.LegalLastName, PreferredName = e.PreferredName,
                WorkEmail = e.WorkEmail, Phone = e.Phone, HireDate = e.HireDate, ProbationEndDate = e.ProbationEndDate, EmploymentType = e.EmploymentType,
                DepartmentId = e.DepartmentId, PositionId = e.PositionId, LocationId = e.LocationId,
                ManagerEmail = e.Manager != null ? e.Manager.WorkEmail : null, Status = e.Status, Version = e.Version,
                CurrentName = (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName,
            }).FirstOrDefaultAsync(cancellationToken) ?? throw new NotFoundException();
        }
    }

    public class Handler(ErmDbContext db, EmployeeFormRules rules, EmployeeAccess access, UserManager<ApplicationUser> users, IClock clock, ICurrentUser user)
        : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken cancellationToken)
        {
            await access.RequireAsync(request.Id, EmployeeOperations.Edit, cancellationToken);
            var employee = await db.Employees.FirstOrDefaultAsync(e => e.Id == request.Id, cancellationToken) ?? throw new NotFoundException();
            if (employee.Version != request.Version)
                throw new ConcurrencyConflictException(
                    "Someone else saved changes to this employee after you opened the form. Their values are shown next to each field; save again to replace them with yours.",
                    await ChangedMeanwhileAsync(employee, request, ct: cancellationToken), employee.Version);
            // EF also checks the version in the UPDATE, for a save that lands between this read and ours.
            db.Entry(employee).Property(e => e.Version).OriginalValue = request.Version;

            var managerId = await rules.ResolveManagerAsync(request, cancellationToken);
            employee.LegalFirstName = request.LegalFirstName.Trim();
            employee.LegalLastName = request.LegalLastName.Trim();
            employee.PreferredName = CreateEmployee.NullIfBlank(request.PreferredName);
            await ChangeSignInEmailAsync(employee, request.WorkEmail.Trim());
            employee.Phone = CreateEmployee.NullIfBlank(request.Phone);
            employee.HireDate = request.HireDate!.Value;
            employee.ProbationEndDate = request.ProbationEndDate;
            employee.EmploymentType = request.EmploymentType;
            // Admin, who also edits records, neither sees nor changes a person's gender.
            if (user.IsInRole(Roles.Hr)) employee.Gender = request.Gender;
            // Job fields edited here are corrections as of today; planned moves go through a transfer.
            if (request.DepartmentId != employee.DepartmentId || request.PositionId != employee.PositionId
                || request.LocationId != employee.LocationId || managerId != employee.ManagerId)
                employee.ChangeJob(JobChangeKind.Correction, clock.Today, request.DepartmentId, request.PositionId, request.LocationId,
                    managerId, "Corrected on the employee's record", clock.Today);
            employee.MoveTo(request.Status);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                throw new ConcurrencyConflictException(
                    "Someone else saved changes to this employee while you were saving. Reload the page to see the current values.");
            }
            return Unit.Value;
        }

        /// <summary>What the record holds now where it differs from what the form posted, field by field.</summary>
        private async Task<Dictionary<string, string?>> ChangedMeanwhileAsync(Employee e, Command posted, CancellationToken ct)
        {
            var names = await db.Employees.Where(x => x.Id == e.Id).Select(x => new
            {
                Department = x.Department.Name, Position = x.Position.Title, Location = x.Location.Name,
                ManagerEmail = x.Manager == null ? null : x.Manager.WorkEmail,
            }).FirstAsync(ct);
            var current = new (string Field, string? Now, string? Posted)[]
            {
                (nameof(Command.LegalFirstName), e.LegalFirstName, posted.LegalFirstName),
                (nameof(Command.LegalLastName), e.LegalLastName, posted.LegalLastName),
                (nameof(Command.PreferredName), e.PreferredName, CreateEmployee.NullIfBlank(posted.PreferredName)),
                (nameof(Command.WorkEmail), e.WorkEmail, posted.WorkEmail),
                (nameof(Command.Phone), e.Phone, CreateEmployee.NullIfBlank(posted.Phone)),
                (nameof(Command.HireDate), e.HireDate.ToString("yyyy-MM-dd"), posted.HireDate?.ToString("yyyy-MM-dd")),
                (nameof(Command.ProbationEndDate), e.ProbationEndDate?.ToString("yyyy-MM-dd"), posted.ProbationEndDate?.ToString("yyyy-MM-dd")),
                (nameof(Command.EmploymentType), e.EmploymentType.ToString(), posted.EmploymentType.ToString()),
                (nameof(Command.DepartmentId), e.DepartmentId == posted.DepartmentId ? null : names.Department, null),
                (nameof(Command.PositionId), e.PositionId == posted.PositionId ? null : names.Position, null),
                (nameof(Command.LocationId), e.LocationId == posted.LocationId ? null : names.Location, null),
                (nameof(Command.ManagerEmail), names.ManagerEmail, CreateEmployee.NullIfBlank(posted.ManagerEmail)),
                (nameof(Command.Status), e.Status.ToString(), posted.Status.ToString()),
            };
            return current.Where(c => !string.Equals(c.Now?.Trim(), c.Posted?.Trim(), StringComparison.Ordinal))
                .ToDictionary(c => c.Field, c => c.Now);
        }

        /// <summary>The work email is also the sign-in name: they change together.</summary>
        private async Task ChangeSignInEmailAsync(Employee employee, string email)
        {
            if (string.Equals(employee.WorkEmail, email, StringComparison.Ordinal)) return;
            employee.WorkEmail = email;
            if (employee.UserId is null || await users.FindByIdAsync(employee.UserId) is not { } account) return;
            account.Email = email;
            account.UserName = email;
            var result = await users.UpdateAsync(account);
            if (!result.Succeeded)
                throw new Data.Shared.DomainRuleException(nameof(Command.WorkEmail), string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
