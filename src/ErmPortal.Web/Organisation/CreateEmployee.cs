using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Organisation;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;

namespace ErmPortal.Web.Organisation;

/// <summary>HR adds a person to the organisation.</summary>
public static class CreateEmployee
{
    [RequireRole(Roles.Hr, Roles.Admin)]
    public record Command : EmployeeForm, ICommand<int>;

    public class Validator(ErmDbContext db, IClock clock) : EmployeeFormValidator<Command>(db, clock);

    /// <summary>The account and its invitation follow from <see cref="EmployeeHired"/>, in the same transaction.</summary>
    public class Handler(ErmDbContext db, EmployeeFormRules rules, ICurrentUser user) : MediatR.IRequestHandler<Command, int>
    {
        public async Task<int> Handle(Command request, CancellationToken cancellationToken)
        {
            var managerId = await rules.ResolveManagerAsync(request, cancellationToken);
            var employee = Employee.Hire(request.LegalFirstName.Trim(), request.LegalLastName.Trim(), request.WorkEmail.Trim(), request.HireDate!.Value,
                request.DepartmentId, request.PositionId, request.LocationId, managerId, request.EmploymentType);
            employee.PreferredName = NullIfBlank(request.PreferredName);
            employee.Phone = NullIfBlank(request.Phone);
            employee.ProbationEndDate = request.ProbationEndDate;
            // Gender is personal: HR's and the person's, not Admin's, who also adds people.
            if (user.IsInRole(Roles.Hr)) employee.Gender = request.Gender;
            db.Employees.Add(employee);
            await db.SaveChangesAsync(cancellationToken);
            return employee.Id;
        }
    }

    internal static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
