namespace Intake.Deploy.Tests.Support;

/// <summary>
/// A directory tree standing in for a fresh Debian machine with Tor installed, for
/// install.sh --root: root and Tor's debian-tor in passwd, group and shadow, and Debian's
/// torrc (which includes no torrc.d). Tor's ids differ from this machine's, so an owner
/// taken from the host's user database instead of the tree's would show.
/// </summary>
public sealed class SeededRoot : IDisposable
{
    public const int TorUid = 120;
    public const int TorGid = 130;

    public const string DebianTorrc = """
        ## Configuration file for a typical Tor user
        ## Last updated 9 October 2013 for Tor 0.2.5.2-alpha.
        ## (may or may not work for much older or much newer versions of Tor.)
        ##
        ## See 'man tor', or https://www.torproject.org/docs/tor-manual.html,
        ## for more options you can use in this file.

        #SocksPort 9050 # Default: Bind to localhost:9050 for local connections.

        ############### This section is just for location-hidden services ###

        #HiddenServiceDir /var/lib/tor/hidden_service/
        #HiddenServicePort 80 127.0.0.1:80

        """;

    private readonly TempDirectory _directory = new("deploy-root");

    /// <param name="withTor">False for a machine where Tor (and its debian-tor group) is not installed.</param>
    public SeededRoot(bool withTor = true)
    {
        var tor = withTor ? $"debian-tor:x:{TorUid}:{TorGid}::/var/lib/tor:/bin/false\n" : string.Empty;
        Write("/etc/passwd", "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n" + tor, "644");
        Write("/etc/group", "root:x:0:\ndaemon:x:1:\n" + (withTor ? $"debian-tor:x:{TorGid}:\n" : string.Empty), "644");
        Write("/etc/shadow", "root:*:20000:0:99999:7:::\ndaemon:*:20000:0:99999:7:::\n" + (withTor ? "debian-tor:*:20000:0:99999:7:::\n" : string.Empty), "640");
        if (withTor)
        {
            Write("/etc/tor/torrc", DebianTorrc, "644");
            Write("/etc/apparmor.d/local/system_tor", string.Empty, "644");
        }
    }

    public string Path => _directory.Path;

    /// <summary>Where an absolute path of the installed system is in this tree.</summary>
    public string In(string absolute) => Path + absolute;

    /// <summary>The numeric uid (passwd) or gid (group) of NAME as the tree's file records it, or null.</summary>
    public int? IdOf(string name, string file = "/etc/passwd") =>
        Entry(file, name) is { } fields ? int.Parse(fields[2], System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>The colon-separated fields of NAME's line in FILE, or null.</summary>
    public string[]? Entry(string file, string name) =>
        File.ReadLines(In(file)).Select(line => line.Split(':')).FirstOrDefault(fields => fields[0] == name);

    /// <summary>Writes a file of the installed system into the tree (owned by root: the tests run as root).</summary>
    public void Write(string absolute, string contents, string octalMode)
    {
        var path = In(absolute);
        System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, contents);
        File.SetUnixFileMode(path, (UnixFileMode)Convert.ToInt32(octalMode, 8));
    }

    /// <summary>What Tor makes when it first starts: the onion service's keys and hostname, owned by debian-tor.</summary>
    public void CreateOnionKeys()
    {
        Write("/var/lib/tor/intake/hostname", "exampleexampleexampleexampleexampleexampleexampleexample.onion\n", "600");
        Write("/var/lib/tor/intake/hs_ed25519_public_key", "== ed25519v1-public: type0 ==", "600");
        Write("/var/lib/tor/intake/hs_ed25519_secret_key", "== ed25519v1-secret: type0 ==", "600");
        Directory.CreateDirectory(In("/var/lib/tor/intake/authorized_clients"));
        ProcessRunner.Run(ExternalTool.Find("chown", "coreutils"), ["-R", $"{TorUid}:{TorGid}", In("/var/lib/tor/intake")], []).EnsureSuccess();
    }

    public void Dispose() => _directory.Dispose();
}
