using ErmPortal.Data.Accounts;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using FluentValidation;
using MediatR;
using Moq;

namespace ErmPortal.Tests.Unit;

public class PipelineBehaviourTests
{
    [RequireRole(Roles.Hr, Roles.Admin)]
    public record HrOnly : IRequest<string>;

    public record Named(string Name) : IRequest<string>;

    private class NamedValidator : AbstractValidator<Named>
    {
        public NamedValidator() => RuleFor(n => n.Name).NotEmpty();
    }

    private static Mock<ICurrentUser> UserWithRoles(params string[] roles)
    {
        var user = new Mock<ICurrentUser>();
        user.SetupGet(u => u.IsAuthenticated).Returns(true);
        user.Setup(u => u.IsInRole(It.IsAny<string>())).Returns<string>(roles.Contains);
        return user;
    }

    [Fact]
    public async Task Should_refuse_before_the_handler_runs_when_role_is_missing()
    {
        var behaviour = new AuthorizationBehaviour<HrOnly, string>(UserWithRoles(Roles.Employee, Roles.Manager).Object);
        var handlerRan = false;
        await Assert.ThrowsAsync<ForbiddenException>(() =>
            behaviour.Handle(new HrOnly(), CancellationToken.None, () => { handlerRan = true; return Task.FromResult("done"); }));
        Assert.False(handlerRan);
    }

    [Fact]
    public async Task Should_run_the_handler_when_any_required_role_is_held()
    {
        var behaviour = new AuthorizationBehaviour<HrOnly, string>(UserWithRoles(Roles.Admin).Object);
        Assert.Equal("done", await behaviour.Handle(new HrOnly(), CancellationToken.None, () => Task.FromResult("done")));
    }

    [Fact]
    public async Task Should_refuse_anonymous_caller_when_request_needs_a_role()
    {
        var anonymous = new Mock<ICurrentUser>();
        var behaviour = new AuthorizationBehaviour<HrOnly, string>(anonymous.Object);
        await Assert.ThrowsAsync<ForbiddenException>(() => behaviour.Handle(new HrOnly(), CancellationToken.None, () => Task.FromResult("done")));
    }

    [Fact]
    public async Task Should_throw_field_errors_when_request_is_invalid()
    {
        var behaviour = new ValidationBehaviour<Named, string>([new NamedValidator()]);
        var error = await Assert.ThrowsAsync<ValidationException>(() =>
            behaviour.Handle(new Named(""), CancellationToken.None, () => Task.FromResult("done")));
        Assert.Equal(nameof(Named.Name), Assert.Single(error.Errors).PropertyName);
    }

    [Fact]
    public async Task Should_pass_through_when_request_is_valid()
    {
        var behaviour = new ValidationBehaviour<Named, string>([new NamedValidator()]);
        Assert.Equal("done", await behaviour.Handle(new Named("Ada"), CancellationToken.None, () => Task.FromResult("done")));
    }
}
