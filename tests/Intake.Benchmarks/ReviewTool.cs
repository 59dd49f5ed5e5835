namespace Intake.Benchmarks;

/// <summary>The `review` commands the import benchmark runs, all against one workspace and passphrase file.</summary>
internal sealed record ReviewTool(Command Command, string Path)
{
    // The projects whose code a published review carries; newer sources mean the publish is stale.
    private static readonly string[] SourceProjects =
        ["Intake.Review", "Intake.Crypto", "Intake.Bundles", "Intake.Questionnaires", "Intake.Terminal"];

    /// <summary>
    /// <paramref name="path"/> if given (an executable, or a .dll run with `dotnet`); else the published
    /// artifacts/review/review when present; else review.dll from this benchmark's build output.
    /// </summary>
    public static ReviewTool Locate(string? path, string repositoryRoot)
    {
        string published = System.IO.Path.Combine(repositoryRoot, "artifacts", "review", "review");
        path ??= File.Exists(published) ? published : System.IO.Path.Combine(AppContext.BaseDirectory, "review.dll");
        if (!File.Exists(path))
        {
            throw new BenchmarkException(
                $"review not found at {path}; run `dotnet publish src/Intake.Review -c Release -o artifacts/review` or pass --review PATH");
        }
        return new ReviewTool(
            path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? new Command("dotnet", [path]) : new Command(path, []),
            path);
    }

    /// <summary>A warning when a source file in the repository is newer than the review being measured, else null.</summary>
    public string? StaleWarning(string repositoryRoot)
    {
        // The apphost of a publish is rewritten only when it changes; review.dll beside it always is.
        string dll = System.IO.Path.ChangeExtension(Path, ".dll");
        DateTime built = File.GetLastWriteTimeUtc(File.Exists(dll) ? dll : Path);
        string? newer = SourceProjects
            .Select(project => System.IO.Path.Combine(repositoryRoot, "src", project))
            .Where(Directory.Exists)
            .SelectMany(directory => Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories))
            .Where(file => !file.Contains("/obj/", StringComparison.Ordinal) && File.GetLastWriteTimeUtc(file) > built)
            .FirstOrDefault();
        return newer is null
            ? null
            : $"{newer} is newer than {Path}: the review measured may not be the current code (republish it with `dotnet publish src/Intake.Review -c Release -o artifacts/review`)";
    }

    public Command Init(ReviewWorkspacePaths workspace) => Run(workspace, "init");

    public Command IdentityAdd(ReviewWorkspacePaths workspace, string identityFile) => Run(workspace, "identity", "add", identityFile);

    public Command TrustServer(ReviewWorkspacePaths workspace, string serverKey) => Run(workspace, "trust-server", serverKey);

    public Command Import(ReviewWorkspacePaths workspace, string bundleFile) => Run(workspace, "import", bundleFile);

    public Command ListJson(ReviewWorkspacePaths workspace) => Run(workspace, "list", "--json");

    private Command Run(ReviewWorkspacePaths workspace, params string[] arguments) =>
        Command.Append([.. arguments, "--workspace", workspace.Directory, "--passphrase-file", workspace.PassphraseFile]);
}

/// <summary>A workspace directory and the file holding its passphrase.</summary>
internal sealed record ReviewWorkspacePaths(string Directory, string PassphraseFile);
