namespace Intake.Deploy.Tests.Scripts;

/// <summary>shellcheck finds nothing in any shell script of the repository.</summary>
public sealed class ShellCheckTests
{
    [Fact]
    public void The_scripts_found_include_the_deploy_scripts_and_shebang_files_without_sh()
    {
        var scripts = ShellScripts.In(RepositoryPaths.Root);

        Assert.Contains("deploy/install.sh", scripts);
        Assert.Contains("deploy/uninstall.sh", scripts);
        Assert.Contains("deploy/backup.sh", scripts);
        Assert.Contains("deploy/common.sh", scripts);
        Assert.Contains("tests/run.sh", scripts);
        Assert.Contains(".ci/run", scripts);
    }

    [Fact]
    public void Every_shell_script_in_the_repository_passes_shellcheck()
    {
        var shellcheck = ExternalTool.Find("shellcheck", "shellcheck");
        var scripts = ShellScripts.In(RepositoryPaths.Root);
        Assert.NotEmpty(scripts);

        // One run per script, so a failure names each script with its own findings.
        var findings = scripts
            .Select(script => (script, result: ProcessRunner.Run(shellcheck, [Path.Combine(RepositoryPaths.Root, script)], [])))
            .Where(checkedScript => checkedScript.result.ExitCode != 0)
            .Select(checkedScript => $"{checkedScript.script}:\n{checkedScript.result.StdoutText}{checkedScript.result.Stderr}")
            .ToList();

        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }
}
