using System.Globalization;

namespace Intake.Server.Submissions;

/// <summary>Sizes as people read them ("2 GB", "500 MB"), in binary units.</summary>
public static class ByteSize
{
    public static string Format(long bytes) => bytes switch
    {
        >= 1L << 30 => Round(bytes / (double)(1L << 30)) + " GB",
        >= 1L << 20 => Round(bytes / (double)(1L << 20)) + " MB",
        >= 1L << 10 => Round(bytes / (double)(1L << 10)) + " KB",
        _ => bytes.ToString(CultureInfo.InvariantCulture) + " B",
    };

    private static string Round(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
