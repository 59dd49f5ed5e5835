using System.Text;
using System.Text.Json.Nodes;
using Intake.Review.Coding;
using Intake.Review.Workspace;

namespace Intake.Review.Tests.Coding;

/// <summary><c>review coding-export</c> and <c>review merge</c> between two reviewers' workspaces.</summary>
public sealed class MergeTests
{
    [Fact]
    public void Another_coder_s_export_merges_idempotently_and_never_touches_the_own_coding()
    {
        using var coded = new CodedWorkspace(testimonies: 2);
        var benDirectory = coded.CopyTo("ben");
        var (a, b) = (coded.Ids[0].ToString(), coded.Ids[1].ToString());
        coded.Run("code", a, "--add", "ilo.deception", "--coder", "ana");
        coded.RunIn(benDirectory, "code", a, "--add", "ilo.isolation", "--passage", "0:36", "--memo", "secreto", "--coder", "ben");
        coded.RunIn(benDirectory, "code", b, "--add", "attr.pay_withheld_percent", "--value", "92.5");
        var file = coded.Test.PathFor("ben.json");

        var exported = coded.RunIn(benDirectory, "coding-export", "--out", file);
        Assert.Equal(0, exported.ExitCode);
        Assert.Contains("Wrote 2 code application(s) by \"ben\" on 2 testimonies", exported.Out, StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
        var json = JsonNode.Parse(File.ReadAllText(file))!;
        Assert.Equal("testimonio-coding/1", json["format"]!.GetValue<string>());
        Assert.Equal(1, json["codebook"]!["version"]!.GetValue<int>());
        Assert.DoesNotContain("secreto", File.ReadAllText(file), StringComparison.Ordinal);

        var merged = coded.Run("merge", file);
        var before = coded.Test.Workspace.Coding.All();
        var again = coded.Run("merge", file);

        Assert.Equal(0, merged.ExitCode);
        Assert.Contains($"Merged 2 code application(s) by \"ben\" from {file} (replacing 0 merged before).", merged.Out, StringComparison.Ordinal);
        Assert.Contains("(replacing 2 merged before)", again.Out, StringComparison.Ordinal);
        Assert.Equal(before, coded.Test.Workspace.Coding.All());
        Assert.Equal(
            [
                new CodeApplication(coded.Ids[0], "ilo.deception", null, null, "ana", 1, null, false),
                new CodeApplication(coded.Ids[0], "ilo.isolation", null, new TextPassage(0, 36), "ben", 1, null, false),
                new CodeApplication(coded.Ids[1], "attr.pay_withheld_percent", "92.5", null, "ben", 1, null, false),
            ],
            before.OrderBy(x => coded.Ids.ToList().IndexOf(x.TestimonyId)).ThenBy(x => x.CodeId, StringComparer.Ordinal));
    }

    [Fact]
    public void Memos_travel_only_with_with_memos_and_a_removed_code_goes_away_on_the_next_merge()
    {
        using var coded = new CodedWorkspace();
        var benDirectory = coded.CopyTo("ben");
        var id = coded.Id.ToString();
        coded.Run("code", id, "--add", "ilo.deception", "--coder", "ana");
        coded.RunIn(benDirectory, "code", id, "--add", "ilo.isolation", "--memo", "ver p. 3", "--coder", "ben");
        coded.RunIn(benDirectory, "code", id, "--add", "ilo.debt_bondage");
        var file = coded.Test.PathFor("ben.json");
        coded.RunIn(benDirectory, "coding-export", "--out", file, "--with-memos");
        coded.Run("merge", file);
        Assert.Equal("ver p. 3", coded.Test.Workspace.Coding.All().Single(a => a.CodeId == "ilo.isolation").Memo);

        coded.RunIn(benDirectory, "code", id, "--remove", "ilo.debt_bondage");
        coded.RunIn(benDirectory, "coding-export", "--out", file);
        coded.Run("merge", file);
        Assert.Equal(["ilo.deception", "ilo.isolation"], coded.Test.Workspace.Coding.All().Select(a => a.CodeId));
    }

    [Fact]
    public void Merge_refuses_the_own_coder_unknown_testimonies_and_another_codebook_version()
    {
        using var coded = new CodedWorkspace();
        var id = coded.Id.ToString();
        coded.Run("code", id, "--add", "ilo.deception", "--coder", "ana");
        var own = coded.Test.PathFor("own.json");
        coded.Run("coding-export", "--out", own);
        var ownMerge = coded.Run("merge", own);
        Assert.Equal(1, ownMerge.ExitCode);
        Assert.Contains("this workspace's own coder", ownMerge.Error, StringComparison.Ordinal);

        using var stranger = new CodedWorkspace();
        stranger.Run("code", stranger.Id.ToString(), "--add", "ilo.deception", "--coder", "carla");
        var foreign = coded.Test.PathFor("carla.json");
        stranger.Run("coding-export", "--out", foreign);
        var foreignMerge = coded.Run("merge", foreign);
        Assert.Equal(1, foreignMerge.ExitCode);
        Assert.Contains($"it codes 1 testimony this workspace does not hold (such as {stranger.Id})", foreignMerge.Error, StringComparison.Ordinal);

        var json = JsonNode.Parse(File.ReadAllText(own))!;
        json["coder"] = "dora";
        json["codebook"]!["version"] = 2;
        var versioned = coded.Test.PathFor("dora.json");
        File.WriteAllText(versioned, json.ToJsonString(), Encoding.UTF8);
        var versionMerge = coded.Run("merge", versioned);
        Assert.Equal(1, versionMerge.ExitCode);
        Assert.Contains("codebook testimonio-forced-labour version 2", versionMerge.Error, StringComparison.Ordinal);

        Assert.Equal(1, coded.Run("merge", coded.Test.PathFor("missing.json")).ExitCode);
        Assert.Equal(["ana"], coded.Test.Workspace.Coding.All().Select(a => a.Coder));
    }

    [Fact]
    public void Coding_export_needs_a_coder()
    {
        using var coded = new CodedWorkspace();
        var result = coded.Run("coding-export", "--out", coded.Test.PathFor("x.json"));
        Assert.Equal(1, result.ExitCode);
        Assert.False(File.Exists(coded.Test.PathFor("x.json")));
        Assert.IsType<CodingStore>(coded.Test.Workspace.Coding);
    }
}
