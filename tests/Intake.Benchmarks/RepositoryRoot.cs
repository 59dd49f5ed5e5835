namespace Intake.Benchmarks;

/// <summary>The checkout this benchmark was built from: the directory holding Intake.sln above the build output.</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        string? root = AppContext.BaseDirectory;
        while (root is not null && !File.Exists(Path.Combine(root, "Intake.sln")))
        {
            root = Path.GetDirectoryName(root.TrimEnd('/'));
        }
        return root ?? throw new BenchmarkException($"no Intake.sln above {AppContext.BaseDirectory}; run the benchmark from its build output in the repository");
    }
}
