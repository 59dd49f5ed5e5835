namespace Intake.Deploy.Tests.Support;

/// <summary>Runs a script of deploy/ with bash, stdin not a terminal (as in CI).</summary>
internal static class DeployScript
{
    public static string PathOf(string name) => Path.Combine(RepositoryPaths.Root, "deploy", name);

    public static ProcessResult Run(string name, params string[] arguments) =>
        ProcessRunner.Run(new ProcessSpec(ExternalTool.Find("bash", "bash"), [PathOf(name), .. arguments])
        {
            Timeout = TimeSpan.FromMinutes(2),
        });

    /// <summary>install.sh --root TREE --intake-dir PUBLISHED, then the recipients as --recipient KEY.</summary>
    public static ProcessResult Install(SeededRoot root, PublishedIntake intake, params string[] recipients) =>
        Run("install.sh", ["--root", root.Path, "--intake-dir", intake.Directory, .. recipients.SelectMany(key => new[] { "--recipient", key })]);
}
