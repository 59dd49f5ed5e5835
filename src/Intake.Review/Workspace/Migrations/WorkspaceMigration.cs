using System.Globalization;
using System.Reflection;

namespace Intake.Review.Workspace.Migrations;

/// <summary>One numbered schema script, embedded from Workspace/Migrations/NNN_name.sql.</summary>
internal sealed record WorkspaceMigration(int Version, string Name, string Sql)
{
    private const string ResourcePrefix = "Intake.Review.Workspace.Migrations.";

    /// <summary>Every embedded script in order; the numbers must run 1, 2, 3… without a gap.</summary>
    public static IReadOnlyList<WorkspaceMigration> All { get; } = Load();

    private static WorkspaceMigration[] Load()
    {
        var assembly = typeof(WorkspaceMigration).Assembly;
        var migrations = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name => Read(assembly, name))
            .OrderBy(migration => migration.Version)
            .ToArray();
        for (var i = 0; i < migrations.Length; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException($"Migration {migrations[i].Name} is numbered {migrations[i].Version}; expected {i + 1}.");
            }
        }
        return migrations;
    }

    private static WorkspaceMigration Read(Assembly assembly, string resourceName)
    {
        var name = resourceName[ResourcePrefix.Length..];
        var version = int.Parse(name.AsSpan(0, name.IndexOf('_', StringComparison.Ordinal)), CultureInfo.InvariantCulture);
        using var stream = assembly.GetManifestResourceStream(resourceName)!;
        using var reader = new StreamReader(stream);
        return new WorkspaceMigration(version, name, reader.ReadToEnd());
    }
}
