namespace Intake.AgeCli.Tests.Support;

/// <summary>Byte comparison whose failure message says where, instead of dumping megabytes.</summary>
public static class BytesAssert
{
    public static void Equal(byte[] expected, byte[] actual, string context)
    {
        if (expected.AsSpan().SequenceEqual(actual))
        {
            return;
        }
        var common = Math.Min(expected.Length, actual.Length);
        var firstDifference = expected.AsSpan(0, common).CommonPrefixLength(actual.AsSpan(0, common));
        Assert.Fail($"{context}: expected {expected.Length} bytes, got {actual.Length}; first difference at offset {firstDifference}");
    }
}
