namespace Intake.Benchmarks;

/// <summary>The `review` commands the import benchmark runs, all against one workspace and passphrase file.</summary>
internal sealed record ReviewTool(Command Command)
{
    /// <summary>
    /// <paramref name="path"/> if given (an executable, or a .dll run with `dotnet`); else the published
    /// artifacts/review/review when present; else review.dll from this benchmark's build output.
    /// </summary>
    public static ReviewTool Locate(string? path, string repositoryRoot)
    {
        string published = Path.Combine(repositoryRoot, "artifacts", "review", "review");
        path ??= File.Exists(published) ? published : Path.Combine(AppContext.BaseDirectory, "review.dll");
        if (!File.Exists(path))
        {
            throw new BenchmarkException(
                $"review not found at {path}; run `dotnet publish src/Intake.Review -c Release -o artifacts/review` or pass --review PATH");
        }
        return new ReviewTool(path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
            ? new Command("dotnet", [path])
            : new Command(path, []));
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
