using Intake.Server.Localization;

namespace Intake.Server.Tests.Localization;

public sealed class SiteLanguagesTests
{
    [Fact]
    public void Spanish_is_the_default_and_the_first_of_three()
    {
        Assert.Equal("es", SiteLanguages.Default);
        Assert.Equal(["es", "en", "pt"], SiteLanguages.Supported);
    }

    [Theory]
    [InlineData(null, "es")]
    [InlineData("", "es")]
    [InlineData("fr", "es")]
    [InlineData("es-CU", "es")]
    [InlineData("es", "es")]
    [InlineData("en", "en")]
    [InlineData("EN", "en")]
    [InlineData("pt", "pt")]
    [InlineData("Pt", "pt")]
    public void For_falls_back_to_spanish(string? code, string expected)
    {
        Assert.Equal(expected, SiteLanguages.For(code).Code);
    }

    [Theory]
    [InlineData("es", true)]
    [InlineData("en", true)]
    [InlineData("pt", true)]
    [InlineData("PT", true)]
    [InlineData("fr", false)]
    [InlineData("pt-BR", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsSupported_knows_the_three(string? code, bool expected)
    {
        Assert.Equal(expected, SiteLanguages.IsSupported(code));
    }
}
