using System.Globalization;
using System.Text.RegularExpressions;

namespace Intake.Deploy.Tests.Systemd;

/// <summary>The unit's sandbox, as systemd-analyze security scores it offline (no systemd as PID 1 needed).</summary>
public sealed partial class UnitExposureTests
{
    private const double Target = 1.5;

    [Fact]
    public void The_units_overall_exposure_is_at_most_1_5()
    {
        var unit = Path.Combine(RepositoryPaths.Root, "deploy", "systemd", "intake.service");

        var result = ProcessRunner.Run(ExternalTool.Find("systemd-analyze", "systemd"), ["security", "--offline=yes", unit], []).EnsureSuccess();

        var overall = OverallExposure().Match(result.StdoutText + result.Stderr);
        Assert.True(overall.Success, $"no overall exposure line in: {result}");
        var exposure = double.Parse(overall.Groups["level"].Value, CultureInfo.InvariantCulture);
        Assert.True(exposure <= Target, $"overall exposure {exposure} is above {Target}:\n{result.StdoutText}");
    }

    [GeneratedRegex(@"Overall exposure level for intake\.service: (?<level>\d+\.\d+)")]
    private static partial Regex OverallExposure();
}
