using System.Runtime.Versioning;
using System.Text;
using Intake.Bundles;
using Intake.Server.Tests.Support;

namespace Intake.Server.Tests.Export;

/// <summary>
/// `intake purge` deletes for good, so anything short of a clear instruction purges nothing:
/// no option, an acknowledgement that does not match what this server exported, or a file
/// that is not an acknowledgement at all. Each is refused whole, with exit code 1.
/// </summary>
[Collection(ExportedServerTests.Name)]
[UnsupportedOSPlatform("windows")]
public sealed class PurgeRefusalTests(ExportedServer server)
{
    // Bundle 1 altered; where the key is still ours, the genuine bundle 3 rides along, and a
    // refusal must not purge even the part that does match. (Bundles of other servers are
    // skipped, as one reviewers' workspace may acknowledge several servers at once.)
    private static readonly Dictionary<string, Func<AcknowledgedBundle, AcknowledgedBundle, AcknowledgedBundle[]>> Alterations = new()
    {
        ["its manifest hash altered"] = (first, third) => [first with { ManifestSha256 = [.. first.ManifestSha256.Select((b, i) => i == 7 ? (byte)(b ^ 0x01) : b)] }, third],
        ["the wrong sequence"] = (first, third) => [first with { Sequence = 2 }, third],
        ["another bundle's id"] = (first, third) => [first with { BundleId = Guid.NewGuid() }, third],
        ["another server's key"] = (first, _) => [first with { ServerKeyId = "0123456789abcdef" }],
    };

    private static readonly Dictionary<string, byte[]> MalformedFiles = new()
    {
        ["empty"] = [],
        ["not JSON"] = "kind: testimonio-acknowledgement\n"u8.ToArray(),
        ["an empty object"] = "{}"u8.ToArray(),
        ["another kind of file"] = """{"kind":"testimonio-export","format":1,"bundles":[]}"""u8.ToArray(),
        ["an unknown field"] = """{"kind":"testimonio-acknowledgement","format":1,"bundles":[],"purge_everything":true}"""u8.ToArray(),
        ["binary"] = [0xFF, 0xFE, 0x00, 0x7B, 0x00],
    };

    public static TheoryData<string> AlteredAcknowledgements => new(Alterations.Keys);

    public static TheoryData<string> Malformed => new(MalformedFiles.Keys);

    [Fact]
    public void Purge_without_ack_or_older_than_exits_1_and_removes_nothing()
    {
        using var directory = new TempDirectory("purge-refused");
        var data = server.CopyData(directory);

        var result = IntakeCommand.Run("purge", "--data", data);

        AssertRefusedWhole(result, data, "Say what may be purged");
    }

    [Theory]
    [MemberData(nameof(AlteredAcknowledgements))]
    public void An_acknowledgement_that_does_not_match_what_this_server_exported_is_refused_whole(string alteration)
    {
        using var directory = new TempDirectory("purge-refused");
        var data = server.CopyData(directory);
        var bundles = Alterations[alteration](AcknowledgementFile.Of(server, server.First.Path), AcknowledgementFile.Of(server, server.Third.Path));
        var ack = AcknowledgementFile.Write(directory, bundles);

        var result = IntakeCommand.Run("purge", "--data", data, "--ack", ack);

        AssertRefusedWhole(result, data, "Nothing was purged");
    }

    [Theory]
    [MemberData(nameof(Malformed))]
    public void A_file_that_is_not_an_acknowledgement_is_refused(string content)
    {
        using var directory = new TempDirectory("purge-refused");
        var data = server.CopyData(directory);
        var ack = directory.Write("acknowledgement.json", MalformedFiles[content]);

        var result = IntakeCommand.Run("purge", "--data", data, "--ack", ack, "--older-than", "0");

        AssertRefusedWhole(result, data, ack);
    }

    [Fact]
    public void A_missing_acknowledgement_file_is_refused()
    {
        using var directory = new TempDirectory("purge-refused");
        var data = server.CopyData(directory);

        var result = IntakeCommand.Run("purge", "--data", data, "--ack", directory.File("no-such-ack.json"));

        AssertRefusedWhole(result, data, "no-such-ack.json");
    }

    private void AssertRefusedWhole(ProcessResult result, string data, string expected)
    {
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.StartsWith("intake: ", result.Stderr, StringComparison.Ordinal);
        Assert.Contains(expected, result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", result.Stderr.TrimEnd('\n'), StringComparison.Ordinal);
        Assert.Equal(server.Rows.List(), new SubmissionRows(Path.Combine(data, "intake.db")).List());
        Assert.Equal([(1L, true), (2L, true), (3L, true)], new SubmissionRows(Path.Combine(data, "intake.db")).Bundles());
        Assert.Empty(Encoding.UTF8.GetString(result.Stdout));
    }
}
