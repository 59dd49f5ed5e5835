using Intake.AgeCli.Tests.Support;
using Intake.AgeCli.Tests.Tools;

namespace Intake.AgeCli.Tests;

/// <summary>A command line the CLI cannot use is refused like any other failure: one "intake-age: …" line.</summary>
public sealed class UsageErrorTests
{
    [Theory]
    [InlineData("--threads", "0")]
    [InlineData("-r")]
    [InlineData("-d", "-i", "key.txt", "first.age", "second.age")]
    [InlineData("keygen", "--no-such-option")]
    public void Usage_error_is_one_intake_age_line(params string[] arguments)
    {
        var result = IntakeAge.Run(arguments);

        CliFailure.AssertOneLineError(result);
        Assert.Empty(result.Stdout);
    }
}
