using Intake.Server.Doctor;

namespace Intake.Server.Tests.Doctor;

/// <summary>The torrc check on files written here: what counts as configured, and what does not.</summary>
public sealed class TorConfigCheckTests : IDisposable
{
    private const string Socket = "/run/intake/intake.sock";

    private readonly TempDirectory _tor = new("torrc");

    [Fact]
    public void Lines_in_a_torrc_d_fragment_count()
    {
        var torrc = _tor.WriteText("torrc", "HiddenServiceDir /var/lib/tor/intake/\n");
        Directory.CreateDirectory(_tor.File("torrc.d"));
        File.WriteAllText(Path.Combine(_tor.File("torrc.d"), "intake.conf"), $"HiddenServicePort 80 unix:{Socket}\nHiddenServicePoWDefensesEnabled 1\n");

        var result = TorConfigCheck.Run(torrc, Socket);

        Assert.True(result.Passed, result.ToString());
    }

    [Theory]
    [InlineData("# HiddenServicePoWDefensesEnabled 1")]
    [InlineData("HiddenServicePoWDefensesEnabled 0")]
    [InlineData("HiddenServicePoWDefensesEnabledX 1")]
    public void Proof_of_work_commented_out_or_off_fails(string powLine)
    {
        var torrc = _tor.WriteText("torrc", $"HiddenServiceDir /var/lib/tor/intake/\nHiddenServicePort 80 unix:{Socket}\n{powLine}\n");

        var result = TorConfigCheck.Run(torrc, Socket);

        Assert.False(result.Passed);
        Assert.Equal($"{torrc} lacks: HiddenServicePoWDefensesEnabled 1. Add these lines (deploy/install.sh writes them) and reload Tor.", result.Detail);
    }

    [Fact]
    public void An_empty_torrc_lists_every_missing_line()
    {
        var torrc = _tor.WriteText("torrc", "# nothing configured\n");

        var result = TorConfigCheck.Run(torrc, Socket);

        Assert.False(result.Passed);
        Assert.Contains($"lacks: HiddenServiceDir /var/lib/tor/intake/; HiddenServicePort 80 unix:{Socket}; HiddenServicePoWDefensesEnabled 1.", result.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("HiddenServicePoWDefensesEnabled\t1")]
    [InlineData("HiddenServicePoWDefensesEnabled 1  # against floods")]
    public void Tor_s_other_spellings_of_the_same_line_pass(string powLine)
    {
        // Tor accepts any whitespace between keyword and value and ignores a trailing comment.
        var torrc = _tor.WriteText("torrc", $"HiddenServiceDir /var/lib/tor/intake/\nHiddenServicePort 80 unix:{Socket}\n{powLine}\n");

        var result = TorConfigCheck.Run(torrc, Socket);

        Assert.True(result.Passed, result.ToString());
    }

    public void Dispose() => _tor.Dispose();
}
