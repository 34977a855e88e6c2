using ErmPortal.Data.Accounts;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace ErmPortal.Web.Accounts;

public static class SignOut
{
    public record Command : IRequest;

    public class Handler(SignInManager<ApplicationUser> signIn) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken cancellationToken)
        {
            await signIn.SignOutAsync();
            return Unit.Value;
        }
    }
}
