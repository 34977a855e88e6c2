namespace ErmPortal.Data.Infrastructure;

/// <summary>
/// How many times the rows of one table have changed. Triggers on each tracked table add one on every insert, update
/// and delete, inside the writing transaction (TableVersionsMigration in the migrations), so a result read from the
/// table can be kept until its count moves, whoever wrote: a form, an import, a job, plain SQL or another process.
/// </summary>
public class TableVersion
{
    public required string Name { get; set; }
    public long Version { get; set; }
}
