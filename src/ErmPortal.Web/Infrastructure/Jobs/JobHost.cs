using ErmPortal.Data;
using ErmPortal.Data.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ErmPortal.Web.Infrastructure.Jobs;

/// <summary>
/// A recurring piece of work. Jobs must be safe to run twice: the lease stops two instances running one at
/// the same moment, but a crash after the work and before the lease is updated means the next run repeats it.
/// </summary>
public interface IScheduledJob
{
    static abstract string Name { get; }
    static abstract TimeSpan Interval { get; }
    Task RunAsync(CancellationToken cancellationToken);
}

public class JobOptions
{
    public bool Enabled { get; set; } = true;
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
    /// <summary>How long a holder may run before another instance may take the job over.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>A job the host knows: its name, how often it runs, and how to run it in a fresh scope.</summary>
public record JobRegistration(string Name, TimeSpan Interval, Func<IServiceProvider, CancellationToken, Task> Run);

public static class JobRegistrationExtensions
{
    public static IServiceCollection AddScheduledJob<TJob>(this IServiceCollection services) where TJob : class, IScheduledJob
    {
        services.AddScoped<TJob>();
        services.AddSingleton(new JobRegistration(TJob.Name, TJob.Interval,
            (sp, ct) => sp.GetRequiredService<TJob>().RunAsync(ct)));
        return services;
    }
}

/// <summary>Takes and releases job leases with single-statement updates, so the database decides who wins.</summary>
public class JobLeases(ErmDbContext db, IClock clock, IOptions<JobOptions> options)
{
    public static readonly string InstanceId = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    public async Task<bool> TryAcquireAsync(JobRegistration job, CancellationToken cancellationToken)
    {
        if (!await db.JobLeases.AnyAsync(l => l.JobName == job.Name, cancellationToken))
        {
            db.JobLeases.Add(new JobLease { JobName = job.Name, LeasedUntilUtc = DateTime.MinValue.ToUniversalTime() });
            try { await db.SaveChangesAsync(cancellationToken); }
            catch (DbUpdateException) { /* another instance created it first */ }
            db.ChangeTracker.Clear();
        }

        var now = clock.UtcNow;
        var dueIfStartedBefore = now - job.Interval;
        var leasedUntil = now + options.Value.LeaseDuration;
        var taken = await db.JobLeases
            .Where(l => l.JobName == job.Name
                        && l.LeasedUntilUtc < now
                        && (l.LastStartedAtUtc == null || l.LastStartedAtUtc <= dueIfStartedBefore))
            .ExecuteUpdateAsync(s => s
                .SetProperty(l => l.Holder, InstanceId)
                .SetProperty(l => l.LeasedUntilUtc, leasedUntil)
                .SetProperty(l => l.LastStartedAtUtc, now), cancellationToken);
        return taken == 1;
    }

    public Task ReleaseAsync(JobRegistration job, string? error, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        return db.JobLeases
            .Where(l => l.JobName == job.Name && l.Holder == InstanceId)
            .ExecuteUpdateAsync(s => s
                .SetProperty(l => l.Holder, (string?)null)
                .SetProperty(l => l.LeasedUntilUtc, now)
                .SetProperty(l => l.LastError, error)
                .SetProperty(l => l.LastSucceededAtUtc, l => error == null ? now : l.LastSucceededAtUtc), cancellationToken);
    }
}

public class JobRunner(IServiceScopeFactory scopes, ILogger<JobRunner> logger)
{
    /// <summary>Runs the job if its lease is free and it is due; returns whether it ran.</summary>
    public async Task<bool> RunIfDueAsync(JobRegistration job, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var leases = scope.ServiceProvider.GetRequiredService<JobLeases>();
        if (!await leases.TryAcquireAsync(job, cancellationToken)) return false;

        string? error = null;
        try
        {
            await using var jobScope = scopes.CreateAsyncScope();
            await job.Run(jobScope.ServiceProvider, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            error = ex.Message;
            logger.LogError(ex, "Job {Job} failed", job.Name);
        }
        await leases.ReleaseAsync(job, error, CancellationToken.None);
        return true;
    }
}

public class JobHost(IEnumerable<JobRegistration> jobs, JobRunner runner, IOptions<JobOptions> options, ILogger<JobHost> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        using var timer = new PeriodicTimer(options.Value.PollInterval);
        do
        {
            foreach (var job in jobs)
            {
                try { await runner.RunIfDueAsync(job, stoppingToken); }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The database may be briefly unavailable; the next tick tries again.
                    logger.LogWarning(ex, "Could not schedule job {Job}", job.Name);
                }
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
