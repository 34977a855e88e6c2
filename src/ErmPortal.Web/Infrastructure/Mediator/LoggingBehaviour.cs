using System.Diagnostics;
using MediatR;

namespace ErmPortal.Web.Infrastructure.Mediator;

public class LoggingBehaviour<TRequest, TResponse>(ILogger<LoggingBehaviour<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var name = RequestName(typeof(TRequest));
        var watch = Stopwatch.StartNew();
        try
        {
            var response = await next();
            logger.LogInformation("Handled {Request} in {ElapsedMs} ms", name, watch.ElapsedMilliseconds);
            return response;
        }
        catch (Exception ex)
        {
            logger.LogInformation("{Request} failed after {ElapsedMs} ms: {Error}", name, watch.ElapsedMilliseconds, ex.GetType().Name);
            throw;
        }
    }

    /// <summary>"CreateEmployee.Command" rather than "Command": use cases nest their request types.</summary>
    internal static string RequestName(Type type) =>
        type.DeclaringType is { } outer ? $"{outer.Name}.{type.Name}" : type.Name;
}
