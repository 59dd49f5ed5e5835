using Intake.Review.Workspace;

namespace Intake.Review.Tests.Workspace;

public sealed class WorkspaceKeyTests
{
    private static readonly FieldAddress Country = new("testimonies", "country", "row-1");

    [Fact]
    public void A_sealed_value_opens_only_at_its_own_address()
    {
        using var key = WorkspaceKey.Generate();
        var sealedValue = key.SealText("VE", Country);

        Assert.Equal("VE", key.OpenText(sealedValue, Country));
        Assert.Throws<WorkspaceException>(() => key.OpenText(sealedValue, Country with { Row = "row-2" }));
        Assert.Throws<WorkspaceException>(() => key.OpenText(sealedValue, Country with { Column = "sector" }));
        Assert.Throws<WorkspaceException>(() => key.OpenText(sealedValue, Country with { Table = "notes" }));
    }

    [Fact]
    public void A_changed_byte_or_another_key_does_not_open()
    {
        using var key = WorkspaceKey.Generate();
        using var other = WorkspaceKey.Generate();
        var sealedValue = key.SealText("VE", Country);
        var changed = (byte[])sealedValue.Clone();
        changed[^1] ^= 1;

        Assert.Throws<WorkspaceException>(() => key.OpenText(changed, Country));
        Assert.Throws<WorkspaceException>(() => other.OpenText(sealedValue, Country));
    }

    [Fact]
    public void Padding_hides_the_length_of_short_values_and_sealing_is_randomized()
    {
        using var key = WorkspaceKey.Generate();

        var blank = key.SealText(string.Empty, Country);
        var venezuela = key.SealText("VE", Country);
        var longer = key.SealText("medicine-and-nursing", Country);

        Assert.Equal(blank.Length, venezuela.Length);
        Assert.Equal(blank.Length, longer.Length);
        Assert.NotEqual(venezuela, key.SealText("VE", Country));
        Assert.Equal(string.Empty, key.OpenText(blank, Country));
    }

    [Fact]
    public void Disposing_zeroes_the_key()
    {
        var key = WorkspaceKey.Generate();
        key.Dispose();

        Assert.True(key.Bytes.ToArray().All(b => b == 0));
    }
}
