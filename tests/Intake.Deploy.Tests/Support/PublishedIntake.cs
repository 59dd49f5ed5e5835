namespace Intake.Deploy.Tests.Support;

/// <summary>
/// `intake` published self-contained for linux-x64, as install.sh publishes it, once per test
/// run (publishing takes about half a minute). Built under its own artifacts directory so that
/// the repository's bin/ and obj/ (and any build running beside the tests) are left alone.
/// </summary>
public sealed class PublishedIntake : IDisposable
{
    private readonly TempDirectory _directory = new("deploy-publish");

    public PublishedIntake()
    {
        Directory = _directory.NewPath("intake");
        var spec = new ProcessSpec(RepositoryPaths.DotnetHost,
        [
            "publish", Path.Combine(RepositoryPaths.Root, "src", "Intake.Server"),
            "-c", "Release", "-r", "linux-x64", "--self-contained", "-o", Directory, "--nologo",
            "-p:UseArtifactsOutput=true", $"-p:ArtifactsPath={_directory.NewPath("artifacts")}",
        ])
        {
            Timeout = TimeSpan.FromMinutes(10),
        };
        ProcessRunner.Run(spec).EnsureSuccess();
    }

    /// <summary>The publish output, what install.sh takes with --intake-dir.</summary>
    public string Directory { get; }

    public void Dispose() => _directory.Dispose();
}

[CollectionDefinition(Name)]
public sealed class PublishedIntakeTests : ICollectionFixture<PublishedIntake>
{
    public const string Name = "published intake";
}
