namespace ErmPortal.Web.Compensation.Statements;

public static class StatementsRegistration
{
    /// <summary>
    /// Total rewards statements and the value ledger: the ledger asks every module's <see cref="ILedgerSource"/>, and
    /// adds pay's own figures.
    /// </summary>
    public static IServiceCollection AddRewardStatements(this IServiceCollection services) => services
        .AddScoped<LedgerFigures>()
        .AddLedgerSource<PayLedgerSource>();

    /// <summary>A module's figures in the value ledger.</summary>
    public static IServiceCollection AddLedgerSource<TSource>(this IServiceCollection services) where TSource : class, ILedgerSource =>
        services.AddScoped<ILedgerSource, TSource>();
}
