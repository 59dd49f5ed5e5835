using Intake.Server.Doctor;

namespace Intake.Server.Tests.Doctor;

/// <summary>
/// Tor's configuration read as Tor reads it: %include of a file, of a directory (its files in
/// lexical order, no dot files, no subdirectories) and of a glob, in place and nested; the
/// torrc.d beside the torrc only when included; User and DataDirectory with Debian's defaults.
/// </summary>
public sealed class TorConfigurationTests : IDisposable
{
    private readonly TempDirectory _etc = new("torrc-include");

    [Fact]
    public void An_included_file_is_read_where_the_include_line_is()
    {
        var fragment = _etc.WriteText("intake.conf", "HiddenServicePort 80 unix:/run/intake/intake.sock\n");
        var torrc = _etc.WriteText("torrc", $"HiddenServiceDir /var/lib/tor/intake/\n%include {fragment}\nHiddenServiceDir /var/lib/tor/other/\n");

        var configuration = TorConfiguration.Read(torrc);

        Assert.Equal([torrc, fragment], configuration.Files);
        Assert.True(configuration.Services[0].ForwardsTo("/run/intake/intake.sock"));
        Assert.Empty(configuration.Services[1].Options);
    }

    [Fact]
    public void An_included_directory_gives_its_files_in_lexical_order_without_dot_files_or_subdirectories()
    {
        var directory = _etc.CreateSubdirectory("torrc.d");
        File.WriteAllText(Path.Combine(directory, "b.conf"), "User second\n");
        File.WriteAllText(Path.Combine(directory, "A.conf"), "User first\n");
        File.WriteAllText(Path.Combine(directory, ".hidden.conf"), "User hidden\n");
        File.WriteAllText(Path.Combine(Directory.CreateDirectory(Path.Combine(directory, "sub")).FullName, "c.conf"), "User nested\n");
        var torrc = _etc.WriteText("torrc", $"%include {directory}\n");

        var configuration = TorConfiguration.Read(torrc);

        Assert.Equal([torrc, Path.Combine(directory, "A.conf"), Path.Combine(directory, "b.conf")], configuration.Files);
        Assert.Equal("second", configuration.User);
    }

    [Fact]
    public void A_glob_matches_only_what_it_names_and_not_dot_files()
    {
        var directory = _etc.CreateSubdirectory("torrc.d");
        File.WriteAllText(Path.Combine(directory, "intake.conf"), "HiddenServiceDir /var/lib/tor/intake/\n");
        File.WriteAllText(Path.Combine(directory, "intake.conf.dpkg-old"), "User old\n");
        File.WriteAllText(Path.Combine(directory, ".swap.conf"), "User editor\n");
        var torrc = _etc.WriteText("torrc", $"%include {directory}/*.conf\n");

        var configuration = TorConfiguration.Read(torrc);

        Assert.Equal([torrc, Path.Combine(directory, "intake.conf")], configuration.Files);
        Assert.Equal(TorConfiguration.DefaultUser, configuration.User);
        Assert.DoesNotContain(Path.Combine(directory, "intake.conf"), configuration.UnreadFragments);
    }

    [Fact]
    public void A_glob_in_a_directory_name_and_a_question_mark_match_too()
    {
        var one = _etc.CreateSubdirectory("site-1");
        var two = _etc.CreateSubdirectory("site-2");
        File.WriteAllText(Path.Combine(one, "tor.conf"), "User one\n");
        File.WriteAllText(Path.Combine(two, "tor.conf"), "User two\n");
        var torrc = _etc.WriteText("torrc", $"%include {_etc.Path}/site-?/*.conf\n");

        Assert.Equal([torrc, Path.Combine(one, "tor.conf"), Path.Combine(two, "tor.conf")], TorConfiguration.Read(torrc).Files);
    }

    [Fact]
    public void Includes_nest_and_an_include_loop_stops()
    {
        var inner = _etc.WriteText("inner.conf", "DataDirectory /srv/tor\n");
        var outer = _etc.WriteText("outer.conf", $"%include {inner}\n");
        var loop = _etc.WriteText("loop.conf", "%include " + _etc.File("loop.conf") + "\n");
        var torrc = _etc.WriteText("torrc", $"%include {outer}\n%include {loop}\n");

        var configuration = TorConfiguration.Read(torrc);

        Assert.Equal("/srv/tor", configuration.DataDirectory);
        // The torrc, outer and inner, and the loop read once at each of Tor's 31 levels.
        Assert.Equal(1 + 2 + 31, configuration.Files.Count);
    }

    [Fact]
    public void A_torrc_d_fragment_that_no_include_names_is_not_read_and_is_reported()
    {
        var directory = _etc.CreateSubdirectory("torrc.d");
        var fragment = Path.Combine(directory, "intake.conf");
        File.WriteAllText(fragment, "User intake-fragment\n");
        var torrc = _etc.WriteText("torrc", "SocksPort 0\n");

        var configuration = TorConfiguration.Read(torrc);

        Assert.Equal([torrc], configuration.Files);
        Assert.Equal([fragment], configuration.UnreadFragments);
    }

    [Fact]
    public void Without_user_and_data_directory_lines_debian_s_defaults_apply_and_the_last_line_wins()
    {
        var bare = TorConfiguration.Read(_etc.WriteText("torrc", "SocksPort 9050\n"));
        var set = TorConfiguration.Read(_etc.WriteText("torrc2", "User first\nUser \"tor user\"\nDataDirectory /srv/tor\n"));

        Assert.Equal(("debian-tor", "/var/lib/tor"), (bare.User, bare.DataDirectory));
        Assert.Equal(("tor user", "/srv/tor"), (set.User, set.DataDirectory));
    }

    [Fact]
    public void A_slash_before_an_option_removes_what_came_before()
    {
        var torrc = _etc.WriteText("torrc", "HiddenServiceDir /var/lib/tor/intake/\nHiddenServicePort 80 unix:/run/intake/intake.sock\nHiddenServicePoWDefensesEnabled 1\n/HiddenServicePoWDefensesEnabled\n");

        Assert.False(TorConfiguration.Read(torrc).Services.Single().ProofOfWork);
    }

    [Fact]
    public void A_missing_torrc_does_not_exist()
    {
        var configuration = TorConfiguration.Read(_etc.File("torrc"));

        Assert.False(configuration.Exists);
        Assert.Empty(configuration.Services);
    }

    public void Dispose() => _etc.Dispose();
}
