using FluentValidation;
using MediatR;

namespace ErmPortal.Web.Infrastructure.Mediator;

/// <summary>
/// Runs every validator of the request before its handler, whoever sends it. Over HTTP the same validators
/// already filled ModelState at binding, so this only fires for other senders (jobs, tests, other handlers).
/// </summary>
public class ValidationBehaviour<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var failures = new List<FluentValidation.Results.ValidationFailure>();
        foreach (var validator in validators)
            failures.AddRange((await validator.ValidateAsync(request, cancellationToken)).Errors);
        if (failures.Count > 0)
            throw new ValidationException(failures);
        return await next();
    }
}
