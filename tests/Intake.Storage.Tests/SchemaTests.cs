using Dapper;
using Microsoft.Data.Sqlite;

namespace Intake.Storage.Tests;

/// <summary>
/// Guards DESIGN.md section 3: the database holds nothing more than it allows. A new column
/// (a created_at, an ip, a file name) fails here until this list and the design agree.
/// </summary>
public sealed class SchemaTests : IDisposable
{
    private static readonly Dictionary<string, string[]> AllowedColumns = new()
    {
        ["recipients"] = ["id", "public_key", "label", "added_day"],
        ["submissions"] = ["id", "source_id", "received_day", "part_count", "state", "export_state", "export_bundle"],
        ["export_bundles"] = ["id", "sequence", "created_day", "manifest_sha256", "manifest", "signature"],
        ["parts"] = ["submission_id", "part_index", "size"],
        ["part_chunks"] = ["submission_id", "part_index", "seq", "data"],
    };

    private readonly TemporaryDatabase _temporary = new();

    public void Dispose() => _temporary.Dispose();

    [Fact]
    public void The_tables_are_exactly_the_allowed_ones()
    {
        using var connection = _temporary.Database.OpenConnection();
        var tables = connection.Query<string>("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");

        Assert.Equal(AllowedColumns.Keys.Order(StringComparer.Ordinal), tables);
    }

    [Fact]
    public void Every_table_has_exactly_the_allowed_columns()
    {
        using var connection = _temporary.Database.OpenConnection();
        foreach (var (table, allowed) in AllowedColumns)
        {
            var columns = connection.Query<string>("SELECT name FROM pragma_table_info(@table)", new { table });
            Assert.Equal(allowed.Order(StringComparer.Ordinal), columns.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void No_column_defaults_to_the_current_time()
    {
        using var connection = _temporary.Database.OpenConnection();
        foreach (var table in AllowedColumns.Keys)
        {
            var defaults = connection.Query<string?>("SELECT dflt_value FROM pragma_table_info(@table)", new { table });
            Assert.DoesNotContain(defaults, value =>
                value is not null && (value.Contains("CURRENT", StringComparison.OrdinalIgnoreCase)
                    || value.Contains("now", StringComparison.OrdinalIgnoreCase)
                    || value.Contains("time", StringComparison.OrdinalIgnoreCase)));
        }
    }

    [Theory]
    [InlineData("submissions")]
    [InlineData("parts")]
    [InlineData("part_chunks")]
    public void Submission_tables_keep_no_rowid_that_would_record_arrival_order(string table)
    {
        using var connection = _temporary.Database.OpenConnection();

        var exception = Assert.Throws<SqliteException>(() => connection.Query($"SELECT rowid FROM {table}").AsList());
        Assert.Contains("no such column", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void There_are_no_triggers_or_views()
    {
        using var connection = _temporary.Database.OpenConnection();
        Assert.Empty(connection.Query<string>("SELECT name FROM sqlite_schema WHERE type IN ('trigger', 'view')"));
    }
}
