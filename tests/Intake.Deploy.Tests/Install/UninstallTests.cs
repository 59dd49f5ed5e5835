namespace Intake.Deploy.Tests.Install;

/// <summary>
/// uninstall.sh --root after install.sh --root: the service goes, the testimonies, the onion
/// keys and the user stay unless --purge-data; a second run changes nothing.
/// </summary>
[Collection(PublishedIntakeTests.Name)]
public sealed class UninstallTests(PublishedIntake intake) : IDisposable
{
    private readonly SeededRoot _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public void Uninstall_removes_the_service_and_keeps_the_data_the_onion_keys_and_the_user()
    {
        Install();
        var installed = TreeSnapshot.Take(_root.Path);

        DeployScript.Run("uninstall.sh", "--root", _root.Path).EnsureSuccess();
        var uninstalled = TreeSnapshot.Take(_root.Path);

        Assert.DoesNotContain(uninstalled.Keys, path =>
            path.StartsWith("/opt/intake", StringComparison.Ordinal) ||
            path is "/usr/local/bin/intake" or "/etc/systemd/system/intake.service" or "/etc/tor/torrc.d/intake.conf");
        Assert.DoesNotContain("/run/intake/intake.sock rw,", File.ReadAllText(_root.In("/etc/apparmor.d/local/system_tor")), StringComparison.Ordinal);
        Assert.Contains("/var/lib/intake/intake.db", uninstalled.Keys);
        Assert.Contains("/var/lib/tor/intake/hs_ed25519_secret_key", uninstalled.Keys);
        Assert.All(Kept(installed), entry => Assert.Equal(entry.Value, uninstalled.GetValueOrDefault(entry.Key)));
        Assert.NotNull(_root.Entry("/etc/passwd", "intake"));

        DeployScript.Run("uninstall.sh", "--root", _root.Path).EnsureSuccess();
        Assert.Equal(string.Empty, TreeSnapshot.Differences(uninstalled, TreeSnapshot.Take(_root.Path)));
    }

    [Fact]
    public void Purge_data_removes_the_data_the_onion_keys_and_the_user_too()
    {
        Install();

        var result = DeployScript.Run("uninstall.sh", "--root", _root.Path, "--purge-data").EnsureSuccess();
        var purged = TreeSnapshot.Take(_root.Path);

        Assert.Contains("Purged", result.StdoutText, StringComparison.Ordinal);
        Assert.DoesNotContain(purged.Keys, path =>
            path.StartsWith("/var/lib/intake", StringComparison.Ordinal) || path.StartsWith("/var/lib/tor/intake", StringComparison.Ordinal));
        Assert.Null(_root.Entry("/etc/passwd", "intake"));
        Assert.Null(_root.Entry("/etc/group", "intake"));
        Assert.Null(_root.Entry("/etc/shadow", "intake"));
        Assert.NotNull(_root.Entry("/etc/group", "debian-tor"));

        DeployScript.Run("uninstall.sh", "--root", _root.Path, "--purge-data").EnsureSuccess();
        Assert.Equal(string.Empty, TreeSnapshot.Differences(purged, TreeSnapshot.Take(_root.Path)));
    }

    [Fact]
    public void Installing_again_after_an_uninstall_finds_the_kept_reviewer_keys()
    {
        Install();
        DeployScript.Run("uninstall.sh", "--root", _root.Path).EnsureSuccess();

        DeployScript.Install(_root, intake).EnsureSuccess();

        var listing = ProcessRunner.Run(_root.In("/opt/intake/intake"), ["recipients", "list", "--data", _root.In("/var/lib/intake")], [])
            .EnsureSuccess().StdoutText;
        Assert.Contains(ReviewerKeys.Demo, listing, StringComparison.Ordinal);
    }

    // Installed and then started once: Tor has made the onion keys in the tree by then.
    private void Install()
    {
        DeployScript.Install(_root, intake, ReviewerKeys.Demo).EnsureSuccess();
        _root.CreateOnionKeys();
    }

    private static IEnumerable<KeyValuePair<string, TreeEntry>> Kept(IReadOnlyDictionary<string, TreeEntry> tree) =>
        tree.Where(entry =>
            entry.Key.StartsWith("/var/lib/intake", StringComparison.Ordinal) || entry.Key.StartsWith("/var/lib/tor/intake", StringComparison.Ordinal));
}
