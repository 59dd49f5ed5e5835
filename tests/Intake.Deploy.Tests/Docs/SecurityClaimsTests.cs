namespace Intake.Deploy.Tests.Docs;

/// <summary>SECURITY.md backs each claim with tests; a renamed or deleted test must not leave a claim unbacked.</summary>
public sealed class SecurityClaimsTests
{
    private static string SecurityMd => File.ReadAllText(Path.Combine(RepositoryPaths.Root, "SECURITY.md"));

    [Fact]
    public void Every_test_SECURITY_md_names_exists()
    {
        var references = TestReferences.In(SecurityMd);

        Assert.True(references.Count >= 20, $"SECURITY.md names only {references.Count} tests");
        Assert.Empty(TestReferences.Missing(RepositoryPaths.Root, references));
    }

    [Fact]
    public void Every_claim_in_the_table_names_at_least_one_test()
    {
        var rows = SecurityMd[SecurityMd.IndexOf("## Claims and the tests that back them", StringComparison.Ordinal)..]
            .Split('\n')
            .Where(line => line.StartsWith("| ", StringComparison.Ordinal) && !line.StartsWith("| claim |", StringComparison.Ordinal))
            .ToList();

        Assert.True(rows.Count >= 15, $"the claims table has only {rows.Count} rows");
        Assert.All(rows, row => Assert.NotEmpty(TestReferences.In(row)));
    }

    [Theory]
    [InlineData("`tests/Intake.Deploy.Tests/Docs/SecurityClaimsTests.cs#No_such_test`", "has no [Fact] or [Theory] named No_such_test")]
    [InlineData("`tests/Intake.Deploy.Tests/Docs/Gone.cs#Every_test_SECURITY_md_names_exists`", "no file")]
    [InlineData("`tests/Intake.Deploy.Tests/Docs/TestReferences.cs`", "the file holds no test")]
    [InlineData("`tests/Intake.Nowhere.Tests`", "no such file or folder")]
    [InlineData("`tests/Intake.Deploy.Tests/Docs/SecurityClaimsTests.cs#Every_test_SECURITY`", "has no [Fact] or [Theory] named")]
    public void A_reference_to_a_test_that_does_not_exist_is_reported(string markdown, string problem)
    {
        var missing = TestReferences.Missing(RepositoryPaths.Root, TestReferences.In(markdown));

        Assert.Contains(problem, Assert.Single(missing), StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_to_an_existing_test_is_not_reported()
    {
        var markdown = "`tests/Intake.Deploy.Tests/Docs/SecurityClaimsTests.cs#Every_test_SECURITY_md_names_exists` and `tests/Intake.Deploy.Tests/Docs`";

        Assert.Empty(TestReferences.Missing(RepositoryPaths.Root, TestReferences.In(markdown)));
    }
}
