using Intake.Review.Workspace;

namespace Intake.Review.Tests.Workspace;

public sealed class IdentityNamesTests
{
    [Theory]
    [InlineData("Ana María", "ana-maria")]
    [InlineData("  João Gonçalves!  ", "joao-goncalves")]
    [InlineData("../../etc/passwd", "etc-passwd")]
    [InlineData("", "reviewer")]
    [InlineData(null, "reviewer")]
    [InlineData("中文", "reviewer")]
    public void Names_are_safe_file_names_derived_from_the_label(string? label, string expected) =>
        Assert.Equal(expected, IdentityNames.Choose(label, new HashSet<string>()));

    [Fact]
    public void A_taken_name_gets_a_number() =>
        Assert.Equal("ana-3", IdentityNames.Choose("Ana", new HashSet<string> { "ana", "ana-2" }));
}
