using Intake.Review.Agreement;
using Intake.Review.Coding;

namespace Intake.Review.Tests.Agreement;

/// <summary>The workspace's codings as a coding table: the rule for units, presence codes, attributes and adjudication.</summary>
public sealed class WorkspaceCodingTableTests
{
    private static readonly Guid First = Guid.Parse("11111111-1111-1111-1111-111111111111");
    private static readonly Guid Second = Guid.Parse("22222222-2222-2222-2222-222222222222");

    [Fact]
    public void Each_coder_of_a_testimony_gives_every_presence_code_1_or_0_and_attributes_their_value_or_missing()
    {
        CodeApplication[] applications =
        [
            Applied(First, "ilo.deception", "ana"),
            Applied(First, "ilo.deception", "ana", new TextPassage(10, 40)),
            Applied(First, "attr.host_country", "ana", value: "BS"),
            Applied(First, "ilo.isolation", "ben"),
            Applied(Second, "ilo.isolation", "ana"),
            // The team's decision is not a coder's value, and ben coded nothing else in the second testimony.
            Applied(Second, "ilo.deception", "ben", adjudicated: true),
        ];

        var rows = WorkspaceCodingTable.Rows(applications);

        var first = First.ToString();
        var second = Second.ToString();
        Assert.Equal(
            [
                new CodingValue(first, "ana", "attr.host_country", "BS"),
                new CodingValue(first, "ana", "ilo.deception", "1"),
                new CodingValue(first, "ana", "ilo.isolation", "0"),
                new CodingValue(first, "ben", "attr.host_country", null),
                new CodingValue(first, "ben", "ilo.deception", "0"),
                new CodingValue(first, "ben", "ilo.isolation", "1"),
                new CodingValue(second, "ana", "attr.host_country", null),
                new CodingValue(second, "ana", "ilo.deception", "0"),
                new CodingValue(second, "ana", "ilo.isolation", "1"),
            ],
            rows.OrderBy(row => row.Unit, StringComparer.Ordinal).ThenBy(row => row.Coder, StringComparer.Ordinal).ThenBy(row => row.Code, StringComparer.Ordinal));
    }

    [Fact]
    public void The_share_of_pay_withheld_is_interval_and_every_other_code_nominal()
    {
        Assert.Equal(MeasurementLevel.Interval, WorkspaceCodingTable.LevelOf("attr.pay_withheld_percent"));
        Assert.Equal(MeasurementLevel.Nominal, WorkspaceCodingTable.LevelOf("attr.host_country"));
        Assert.Equal(MeasurementLevel.Nominal, WorkspaceCodingTable.LevelOf("ilo.deception"));
        Assert.True(WorkspaceCodingTable.IsPresenceCode("palermo.means.fraud"));
        Assert.False(WorkspaceCodingTable.IsPresenceCode("attr.passport_retained"));
    }

    [Fact]
    public void Two_different_values_of_one_attribute_from_one_coder_are_refused_without_showing_them()
    {
        CodeApplication[] applications =
        [
            Applied(First, "attr.pay_withheld_percent", "ana", value: "75"),
            Applied(First, "attr.pay_withheld_percent", "ana", new TextPassage(0, 5), value: "92"),
        ];

        var refused = Assert.Throws<ReviewException>(() => WorkspaceCodingTable.Rows(applications));

        Assert.Contains("Coder \"ana\" gave testimony 11111111-1111-1111-1111-111111111111 2 different values for attr.pay_withheld_percent", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("92", refused.Message, StringComparison.Ordinal);
    }

    internal static CodeApplication Applied(Guid testimony, string code, string coder, TextPassage? passage = null, string? value = null, bool adjudicated = false) =>
        new(testimony, code, value, passage, coder, 1, null, adjudicated);
}
