using Intake.Server.Doctor;

namespace Intake.Server.Tests.Doctor;

/// <summary>
/// Onion-only binding, read from /proc/net/tcp and tcp6 files written here in the kernel's
/// format (addresses as little-endian hex words, state 0A = LISTEN, the owner's uid in the
/// eighth column), so the result does not depend on this machine's sockets. The uid that
/// counts is the data directory's owner.
/// </summary>
public sealed class ListenerCheckTests : IDisposable
{
    private const string Us = "1000";
    private const string Other = "1001";
    private const string Listen = "0A";
    private const string Established = "01";

    private readonly TempDirectory _procNet = new("proc-net");

    public static TheoryData<string, string, string, string> Passing => new()
    {
        { "tcp", "0100007F:1F90", Listen, Us },                          // 127.0.0.1:8080
        { "tcp", "3500007F:0035", Listen, Us },                          // 127.0.0.53:53
        { "tcp6", "00000000000000000000000001000000:1F90", Listen, Us }, // [::1]:8080
        { "tcp6", "0000000000000000FFFF00000100007F:1F90", Listen, Us }, // [::ffff:127.0.0.1]:8080
        { "tcp", "00000000:0050", Listen, Other },                       // 0.0.0.0:80, another user's
        { "tcp6", "B80D0120000000000000000001000000:0050", Listen, Other }, // [2001:db8::1]:80, another user's
        { "tcp", "0A00000A:D431", Established, Us },                     // an outgoing connection from 10.0.0.10
    };

    public static TheoryData<string, string> Failing => new()
    {
        { "tcp", "00000000:1F90" },                          // 0.0.0.0:8080
        { "tcp", "0A00000A:1F90" },                          // 10.0.0.10:8080
        { "tcp6", "00000000000000000000000000000000:1F90" }, // [::]:8080
        { "tcp6", "B80D0120000000000000000001000000:1F90" }, // [2001:db8::1]:8080
        { "tcp6", "0000000000000000FFFF0000077100CB:1F90" }, // [::ffff:203.0.113.7]:8080
    };

    [Theory]
    [MemberData(nameof(Passing))]
    public void A_socket_that_is_loopback_not_listening_or_another_users_passes(string file, string address, string state, string uid)
    {
        Write(file, Line(address, state, uid));
        Write(file == "tcp" ? "tcp6" : "tcp");

        var result = ListenerCheck.Run(_procNet.Path, Us, "intake");

        Assert.True(result.Passed, result.ToString());
    }

    [Theory]
    [MemberData(nameof(Failing))]
    public void A_listener_of_this_user_on_a_public_address_fails_and_names_it(string file, string address)
    {
        Write(file, Line("0100007F:1F91", Listen, Us), Line(address, Listen, Us));
        Write(file == "tcp" ? "tcp6" : "tcp");

        var result = ListenerCheck.Run(_procNet.Path, Us, "intake");

        Assert.False(result.Passed, result.ToString());
        Assert.Equal("onion-only binding", result.Name);
        Assert.Contains($"1 non-loopback TCP address(es) ({address} ", result.Detail, StringComparison.Ordinal);
        Assert.Contains("intake serve --socket", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Public_listeners_in_both_files_are_all_named()
    {
        Write("tcp", Line("00000000:1F90", Listen, Us));
        Write("tcp6", Line("00000000000000000000000000000000:1F90", Listen, Us));

        var result = ListenerCheck.Run(_procNet.Path, Us, "intake");

        Assert.False(result.Passed);
        Assert.Contains("2 non-loopback TCP address(es) (00000000:1F90, 00000000000000000000000000000000:1F90 ", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_machine_without_ipv6_passes_on_its_ipv4_listeners()
    {
        Write("tcp", Line("0100007F:1F90", Listen, Us));

        Assert.True(ListenerCheck.Run(_procNet.Path, Us, "intake").Passed);
    }

    [Fact]
    public void The_service_user_is_the_owner_of_the_data_directory_not_the_user_running_doctor()
    {
        // The operator runs doctor with sudo: root's listeners are not the service's.
        using var data = new TempDirectory("listener-data");
        var owner = FileStatus.Of(data.Path).Uid;
        Write("tcp", Line("00000000:1F90", Listen, (owner + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Write("tcp6");
        Assert.True(ListenerCheck.Run(data.Path, _procNet.Path).Passed);

        Write("tcp", Line("00000000:1F90", Listen, owner.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var result = ListenerCheck.Run(data.Path, _procNet.Path);

        Assert.False(result.Passed);
        Assert.StartsWith($"the service user {UserAccounts.NameOf(owner)} (uid {owner}, owner of {data.Path}) listens on 1 non-loopback TCP address(es) (00000000:1F90 ", result.Detail, StringComparison.Ordinal);
    }

    public void Dispose() => _procNet.Dispose();

    private void Write(string file, params string[] lines)
    {
        var header = file == "tcp"
            ? "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode"
            : "  sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode";
        File.WriteAllLines(Path.Combine(_procNet.Path, file), [header, .. lines]);
    }

    private static string Line(string local, string state, string uid)
    {
        var remote = local.Length > 13 ? "00000000000000000000000000000000:0000" : "00000000:0000";
        return $"   0: {local} {remote} {state} 00000000:00000000 00:00000000 00000000  {uid,5}        0 12345 1 0000000000000000 100 0 0 10 0";
    }
}
