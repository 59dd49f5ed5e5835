using Intake.Server.Doctor;

namespace Intake.Server.Tests.Doctor;

/// <summary>The torrc check on files written here: what counts as configured, and what does not.</summary>
public sealed class TorConfigCheckTests : IDisposable
{
    private const string Socket = "/run/intake/intake.sock";

    private const string Fix = "Add these lines for the service (deploy/install.sh writes them) and restart Tor: systemctl restart tor";

    private readonly TempDirectory _tor = new("torrc");

    [Fact]
    public void Lines_in_an_included_torrc_d_fragment_count()
    {
        var fragments = _tor.CreateSubdirectory("torrc.d");
        var torrc = _tor.WriteText("torrc", $"HiddenServiceDir /var/lib/tor/intake/\n%include {fragments}/*.conf\n");
        File.WriteAllText(Path.Combine(fragments, "intake.conf"), $"HiddenServicePort 80 unix:{Socket}\nHiddenServicePoWDefensesEnabled 1\n");

        var result = Check(torrc);

        Assert.True(result.Passed, result.ToString());
        Assert.Equal($"{torrc} with the 1 file(s) it includes forwards an onion service to unix:{Socket} with proof-of-work defences on", result.Detail);
    }

    [Fact]
    public void A_torrc_d_fragment_that_no_include_names_is_ignored_as_Tor_ignores_it_and_the_fix_says_so()
    {
        var fragments = _tor.CreateSubdirectory("torrc.d");
        var torrc = _tor.WriteText("torrc", "SocksPort 9050\n");
        File.WriteAllText(Path.Combine(fragments, "intake.conf"), $"HiddenServiceDir /var/lib/tor/intake/\nHiddenServicePort 80 unix:{Socket}\nHiddenServicePoWDefensesEnabled 1\n");

        var result = Check(torrc);

        Assert.False(result.Passed);
        Assert.Contains($"Tor does not read {Path.Combine(fragments, "intake.conf")}: add the line `%include {fragments}/*.conf` to {torrc}.", result.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("# HiddenServicePoWDefensesEnabled 1")]
    [InlineData("HiddenServicePoWDefensesEnabled 0")]
    [InlineData("HiddenServicePoWDefensesEnabledX 1")]
    public void Proof_of_work_commented_out_or_off_fails(string powLine)
    {
        var torrc = _tor.WriteText("torrc", $"HiddenServiceDir /var/lib/tor/intake/\nHiddenServicePort 80 unix:{Socket}\n{powLine}\n");

        var result = Check(torrc);

        Assert.False(result.Passed);
        Assert.Equal($"{torrc} lacks: HiddenServicePoWDefensesEnabled 1. {Fix}", result.Detail);
    }

    [Fact]
    public void Proof_of_work_on_another_onion_service_does_not_protect_this_one()
    {
        var torrc = _tor.WriteText("torrc", $"""
            HiddenServiceDir /var/lib/tor/intake/
            HiddenServicePort 80 unix:{Socket}
            HiddenServiceDir /var/lib/tor/other/
            HiddenServicePort 80 127.0.0.1:8080
            HiddenServicePoWDefensesEnabled 1

            """);

        var result = Check(torrc);

        Assert.False(result.Passed);
        Assert.Equal($"{torrc} lacks: HiddenServicePoWDefensesEnabled 1. {Fix}", result.Detail);
    }

    [Fact]
    public void An_empty_torrc_lists_every_missing_line()
    {
        var torrc = _tor.WriteText("torrc", "# nothing configured\n");

        var result = Check(torrc);

        Assert.False(result.Passed);
        Assert.Contains($"lacks: HiddenServiceDir /var/lib/tor/intake/; HiddenServicePort 80 unix:{Socket}; HiddenServicePoWDefensesEnabled 1.", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_torrc_fails_and_says_how_to_give_another()
    {
        var result = Check(_tor.File("torrc"));

        Assert.False(result.Passed);
        Assert.Equal($"{_tor.File("torrc")} does not exist: Tor is not installed or configured. Install it with deploy/install.sh, or give --torrc PATH.", result.Detail);
    }

    [Theory]
    [InlineData("HiddenServicePoWDefensesEnabled\t1")]
    [InlineData("HiddenServicePoWDefensesEnabled 1  # against floods")]
    [InlineData("hiddenservicepowdefensesenabled 1")]
    public void Tor_s_other_spellings_of_the_same_line_pass(string powLine)
    {
        // Tor accepts any case and whitespace between keyword and value and ignores a trailing comment.
        var torrc = _tor.WriteText("torrc", $"HiddenServiceDir /var/lib/tor/intake/\nHiddenServicePort 80 unix:{Socket}\n{powLine}\n");

        var result = Check(torrc);

        Assert.True(result.Passed, result.ToString());
    }

    public void Dispose() => _tor.Dispose();

    private static CheckResult Check(string torrc) => TorConfigCheck.Run(TorConfiguration.Read(torrc), Socket);
}
