namespace Intake.Benchmarks;

/// <summary>
/// The import benchmark's peer: typage-decrypt.mjs (beside this file in the repository) decrypting every
/// part of the bundle in one node process with typage, the npm age-encryption package of tests/interop.
/// </summary>
internal static class TypagePeer
{
    private const string Node = "node";

    /// <exception cref="BenchmarkException">node or typage is missing.</exception>
    public static Command Locate(string repositoryRoot)
    {
        string package = Path.Combine(repositoryRoot, "tests", "interop", "node_modules", "age-encryption", "package.json");
        if (!File.Exists(package))
        {
            throw new BenchmarkException("typage is not installed; run `npm ci` in tests/interop (needs Node.js 20 or later)");
        }
        return new Command(Node, [Path.Combine(repositoryRoot, "tests", "Intake.Benchmarks", "typage-decrypt.mjs")]);
    }

    public static Command Decrypt(Command peer, ImportBundle bundle) => peer.Append(bundle.BundleFile, bundle.IdentityFile);

    /// <summary>"node v20.x, age-encryption 0.3.1", for the report.</summary>
    public static string Versions(string repositoryRoot)
    {
        string node = ProcessMeasurement.Run(new Command(Node, ["--version"])).Trim();
        string package = Path.Combine(repositoryRoot, "tests", "interop", "node_modules", "age-encryption", "package.json");
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(package));
        return $"node {node}, typage (npm age-encryption) {json.RootElement.GetProperty("version").GetString()}";
    }
}
