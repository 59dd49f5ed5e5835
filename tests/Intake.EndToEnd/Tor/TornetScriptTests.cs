using System.Diagnostics;

namespace Intake.EndToEnd.Tor;

/// <summary>
/// tests/tornet/tornet.sh's own rules, without a network: `stop` signals exactly the daemons it
/// recorded and never a process that merely has a recorded pid; `start` refuses while anything
/// still runs a torrc of its directory; wrong usage exits 2; the script passes shellcheck.
/// Stand-ins for tor daemons are `tail -f DIR/NAME/torrc`: the same "-f DIR/NAME/torrc" arguments.
/// </summary>
public sealed class TornetScriptTests : IDisposable
{
    private readonly TempDirectory _temp = new("tornet-script");
    private readonly List<Process> _standIns = [];

    [Fact]
    public void Stop_ends_only_the_recorded_daemons_and_start_refuses_while_one_of_its_torrcs_still_runs()
    {
        var network = _temp.CreateSubdirectory("network");
        File.WriteAllText(Path.Combine(network, ".tornet"), string.Empty);
        var daemon = StandIn(network, "relay1");
        // Its pid is recorded with another start time: the recorded process ended and the pid was reused.
        var reusedPid = StandIn(network, "relay2");
        // Recorded exactly, but it runs another directory's torrc.
        var otherNetwork = StandIn(_temp.CreateSubdirectory("other"), "relay3");
        var reused = TorDaemon.Running("relay2", reusedPid.Id);
        File.WriteAllLines(Path.Combine(network, "daemons"),
        [
            TorDaemon.Running("relay1", daemon.Id).ToString(),
            (reused with { StartTime = reused.StartTime - 1 }).ToString(),
            TorDaemon.Running("relay3", otherNetwork.Id).ToString(),
        ]);

        var status = Script("status", network);
        Assert.Equal(1, status.ExitCode);
        Assert.Equal(
            [$"relay1 {daemon.Id} running", $"relay2 {reusedPid.Id} gone", $"relay3 {otherNetwork.Id} gone"],
            status.StdoutText.Split('\n', StringSplitOptions.RemoveEmptyEntries));

        Script("stop", network).EnsureSuccess();
        Assert.True(daemon.WaitForExit(TimeSpan.FromSeconds(20)), "`tornet.sh stop` left its recorded daemon running.");
        Assert.False(reusedPid.HasExited, "`tornet.sh stop` signalled a process that only had a recorded pid.");
        Assert.False(otherNetwork.HasExited, "`tornet.sh stop` signalled another directory's daemon.");
        Assert.False(File.Exists(Path.Combine(network, "daemons")));
        Assert.Equal(3, Script("status", network).ExitCode);

        var start = Script("start", network, "--hs-target", "unix:/run/intake/intake.sock");
        Assert.Equal(1, start.ExitCode);
        Assert.Contains($"processes {reusedPid.Id} still run a torrc under {network}", start.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_usage_exits_2_before_anything_starts()
    {
        var network = _temp.NewPath("network");

        Assert.Equal(2, Script("start", network).ExitCode);
        Assert.Equal(2, Script("start", network, "--hs-target", "relative/intake.sock").ExitCode);
        Assert.Equal(2, Script("start", network, "--hs-target", "10.0.0.1:80").ExitCode);
        Assert.Equal(2, Script("restart", network).ExitCode);
        Assert.False(Directory.Exists(network));
    }

    [Fact]
    public void The_script_passes_shellcheck() =>
        ProcessRunner.Run(new ProcessSpec(ExternalTool.Find("shellcheck", "shellcheck"), [TorNetwork.ScriptPath])).EnsureSuccess();

    public void Dispose()
    {
        foreach (var process in _standIns)
        {
            if (!process.HasExited)
            {
                process.Kill();
                process.WaitForExit();
            }
            process.Dispose();
        }
        _temp.Dispose();
    }

    private Process StandIn(string network, string name)
    {
        var torrc = Path.Combine(Directory.CreateDirectory(Path.Combine(network, name)).FullName, "torrc");
        File.WriteAllText(torrc, string.Empty);
        var process = Process.Start(ProcessRunner.StartInfo(new ProcessSpec(ExternalTool.Find("tail", "coreutils"), ["-f", torrc])))!;
        _standIns.Add(process);
        return process;
    }

    private static ProcessResult Script(params string[] arguments) =>
        ProcessRunner.Run(new ProcessSpec(ExternalTool.Find("bash", "bash"), [TorNetwork.ScriptPath, .. arguments]));
}
