using ErmPortal.Tests.Infrastructure;
using ErmPortal.Web.Infrastructure.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace ErmPortal.Tests.Slices;

public class JobLeaseTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Should_run_a_job_once_when_two_instances_try_at_the_same_time()
    {
        var runs = 0;
        var job = new JobRegistration("test-concurrent", TimeSpan.FromHours(1), async (_, _) =>
        {
            Interlocked.Increment(ref runs);
            await Task.Delay(200);
        });
        var runner = portal.Services.GetRequiredService<JobRunner>();

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => runner.RunIfDueAsync(job, CancellationToken.None))));

        Assert.Equal(1, runs);
        Assert.Single(results, ran => ran);
    }

    [Fact]
    public async Task Should_wait_for_the_interval_when_a_job_has_just_run()
    {
        var runs = 0;
        var job = new JobRegistration("test-interval", TimeSpan.FromHours(1), (_, _) => { runs++; return Task.CompletedTask; });
        var runner = portal.Services.GetRequiredService<JobRunner>();

        Assert.True(await runner.RunIfDueAsync(job, CancellationToken.None));
        Assert.False(await runner.RunIfDueAsync(job, CancellationToken.None));
        Assert.Equal(1, runs);
    }

    [Fact]
    public async Task Should_record_the_error_and_free_the_lease_when_a_job_fails()
    {
        var job = new JobRegistration("test-failing", TimeSpan.Zero, (_, _) => throw new InvalidOperationException("boom"));
        var runner = portal.Services.GetRequiredService<JobRunner>();

        Assert.True(await runner.RunIfDueAsync(job, CancellationToken.None));
        var lease = await portal.QueryDbAsync(db => db.JobLeases.FindAsync("test-failing").AsTask());
        Assert.Equal("boom", lease!.LastError);
        Assert.Null(lease.Holder);
        Assert.True(await runner.RunIfDueAsync(job, CancellationToken.None), "a free lease can be taken again");
    }
}
