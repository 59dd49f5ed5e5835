namespace Intake.Deploy.Tests.Install;

/// <summary>
/// install.sh --root on a tree seeded like a fresh Debian with Tor: what it writes, that a
/// second run changes nothing, and that what it refuses leaves the tree untouched.
/// </summary>
[Collection(PublishedIntakeTests.Name)]
public sealed class InstallTests(PublishedIntake intake) : IDisposable
{
    private const string TorInclude = "%include /etc/tor/torrc.d/*.conf";
    private const string AppArmorRule = "/run/intake/intake.sock rw,";

    private readonly SeededRoot _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public void Install_writes_the_unit_the_tor_fragment_the_include_and_the_AppArmor_rule()
    {
        DeployScript.Install(_root, intake, ReviewerKeys.Demo).EnsureSuccess();
        var tree = TreeSnapshot.Take(_root.Path);

        AssertInstalledCopy(tree, "/etc/systemd/system/intake.service", "systemd/intake.service");
        AssertInstalledCopy(tree, "/etc/tor/torrc.d/intake.conf", "tor/intake.conf");
        var torrc = File.ReadAllText(_root.In("/etc/tor/torrc"));
        Assert.StartsWith(SeededRoot.DebianTorrc, torrc, StringComparison.Ordinal);
        Assert.Equal(1, CountLines(torrc, TorInclude));
        Assert.Equal(1, CountLines(File.ReadAllText(_root.In("/etc/apparmor.d/local/system_tor")), AppArmorRule));
    }

    [Fact]
    public void Install_creates_the_intake_system_user_and_its_private_data_directory()
    {
        DeployScript.Install(_root, intake, ReviewerKeys.Demo).EnsureSuccess();
        var tree = TreeSnapshot.Take(_root.Path);

        var user = _root.Entry("/etc/passwd", "intake") ?? throw new InvalidOperationException("no user intake in /etc/passwd");
        var uid = _root.IdOf("intake")!.Value;
        Assert.InRange(uid, 1, 999);
        Assert.Equal(_root.IdOf("intake", "/etc/group"), int.Parse(user[3], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("/var/lib/intake", user[5]);
        Assert.Equal("/usr/sbin/nologin", user[6]);
        var shadow = _root.Entry("/etc/shadow", "intake") ?? throw new InvalidOperationException("no user intake in /etc/shadow");
        Assert.Matches("^[!*]", shadow[1]);

        Assert.Equal(new TreeEntry("d", "700", uid, SeededRoot.TorGid, string.Empty, null), tree["/var/lib/intake"]);
        Assert.All(tree.Where(entry => entry.Key.StartsWith("/var/lib/intake/", StringComparison.Ordinal)), entry =>
        {
            Assert.Equal((uid, SeededRoot.TorGid), (entry.Value.Uid, entry.Value.Gid));
            Assert.Equal(entry.Value.Type == "d" ? "700" : "600", entry.Value.Mode);
        });
    }

    [Fact]
    public void Install_puts_the_published_intake_in_opt_with_a_link_on_the_path()
    {
        DeployScript.Install(_root, intake, ReviewerKeys.Demo).EnsureSuccess();
        var tree = TreeSnapshot.Take(_root.Path);

        Assert.Equal(new TreeEntry("f", "755", 0, 0, string.Empty, TreeSnapshot.Hash(Path.Combine(intake.Directory, "intake"))), tree["/opt/intake/intake"]);
        Assert.Equal(("l", "/opt/intake/intake"), (tree["/usr/local/bin/intake"].Type, tree["/usr/local/bin/intake"].LinkTarget));
        Assert.All(tree.Where(entry => entry.Key.StartsWith("/opt/intake/", StringComparison.Ordinal)), entry =>
        {
            Assert.Equal((0, 0), (entry.Value.Uid, entry.Value.Gid));
            Assert.Matches("^[67][45][45]$", entry.Value.Mode);
        });
    }

    [Fact]
    public void Install_configures_each_recipient_given()
    {
        var second = ReviewerKeys.Generate().Recipient;

        DeployScript.Install(_root, intake, ReviewerKeys.Demo, second).EnsureSuccess();

        var listing = ListRecipients();
        Assert.Equal(2, listing.Length);
        Assert.Equal(("reviewer-1", ReviewerKeys.Demo), (listing[0][2], listing[0][3]));
        Assert.Equal(("reviewer-2", second), (listing[1][2], listing[1][3]));
    }

    [Fact]
    public void A_second_install_changes_nothing()
    {
        DeployScript.Install(_root, intake, ReviewerKeys.Demo).EnsureSuccess();
        var first = TreeSnapshot.Take(_root.Path);

        DeployScript.Install(_root, intake, ReviewerKeys.Demo).EnsureSuccess();
        var second = TreeSnapshot.Take(_root.Path);
        // The key is configured now, so a run without --recipient goes through too.
        DeployScript.Install(_root, intake).EnsureSuccess();
        var third = TreeSnapshot.Take(_root.Path);

        Assert.Equal(string.Empty, TreeSnapshot.Differences(first, second));
        Assert.Equal(string.Empty, TreeSnapshot.Differences(first, third));
        Assert.Single(ListRecipients());
    }

    [Fact]
    public void A_torrc_that_includes_torrc_d_twice_is_left_with_one_include()
    {
        _root.Write("/etc/tor/torrc", $"{SeededRoot.DebianTorrc}{TorInclude}\n{TorInclude}\n", "644");

        DeployScript.Install(_root, intake, ReviewerKeys.Demo).EnsureSuccess();

        Assert.Equal($"{SeededRoot.DebianTorrc}{TorInclude}\n", File.ReadAllText(_root.In("/etc/tor/torrc")));
    }

    [Fact]
    public void A_secret_key_as_recipient_is_refused_and_nothing_is_written()
    {
        var (secret, _) = ReviewerKeys.Generate();
        var before = TreeSnapshot.Take(_root.Path);

        var result = DeployScript.Install(_root, intake, ReviewerKeys.Demo, secret);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("SECRET key", result.Stderr, StringComparison.Ordinal);
        // The refusal must not copy the secret into a terminal log either.
        Assert.DoesNotContain(secret["AGE-SECRET-KEY-1".Length..], result.Stderr + result.StdoutText, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(string.Empty, TreeSnapshot.Differences(before, TreeSnapshot.Take(_root.Path)));
    }

    [Fact]
    public void Without_a_recipient_and_without_a_terminal_the_install_stops_before_writing()
    {
        var before = TreeSnapshot.Take(_root.Path);

        var result = DeployScript.Install(_root, intake);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--recipient", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, TreeSnapshot.Differences(before, TreeSnapshot.Take(_root.Path)));
    }

    [Fact]
    public void Without_a_recipient_on_a_terminal_the_install_asks_for_the_keys()
    {
        var result = PseudoTerminal.RunTyping(
            [ReviewerKeys.Demo, string.Empty],
            ExternalTool.Find("bash", "bash"), DeployScript.PathOf("install.sh"), "--root", _root.Path, "--intake-dir", intake.Directory);

        result.EnsureSuccess();
        Assert.Contains("reviewer public key:", result.StdoutText, StringComparison.Ordinal);
        var recipient = Assert.Single(ListRecipients());
        Assert.Equal(("reviewer-1", ReviewerKeys.Demo), (recipient[2], recipient[3]));
    }

    [Fact]
    public void Without_Tors_group_the_install_says_to_install_tor_first()
    {
        using var withoutTor = new SeededRoot(withTor: false);
        var before = TreeSnapshot.Take(withoutTor.Path);

        var result = DeployScript.Install(withoutTor, intake, ReviewerKeys.Demo);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("install tor first", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, TreeSnapshot.Differences(before, TreeSnapshot.Take(withoutTor.Path)));
    }

    private void AssertInstalledCopy(IReadOnlyDictionary<string, TreeEntry> tree, string installed, string inDeploy)
    {
        Assert.Equal(File.ReadAllBytes(DeployScript.PathOf(inDeploy)), File.ReadAllBytes(_root.In(installed)));
        Assert.Equal(("f", "644", 0, 0), (tree[installed].Type, tree[installed].Mode, tree[installed].Uid, tree[installed].Gid));
    }

    // The installed program itself says which keys it encrypts to: id, day, label, key per line.
    private string[][] ListRecipients() =>
        ProcessRunner.Run(_root.In("/opt/intake/intake"), ["recipients", "list", "--data", _root.In("/var/lib/intake")], [])
            .EnsureSuccess().StdoutText.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('\t'))
            .ToArray();

    private static int CountLines(string text, string line) => text.Split('\n').Count(candidate => candidate == line);
}
