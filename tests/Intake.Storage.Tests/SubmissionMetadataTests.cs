using System.Text.RegularExpressions;
using Dapper;

namespace Intake.Storage.Tests;

/// <summary>What the store keeps about a submission besides ciphertext: a random id and a day.</summary>
public sealed partial class SubmissionMetadataTests : IDisposable
{
    private readonly TemporaryDatabase _temporary = new();

    public void Dispose() => _temporary.Dispose();

    [Fact]
    public async Task Ids_are_sixteen_random_bytes_with_no_fixed_version_bits()
    {
        var store = new SubmissionStore(_temporary.Database);
        var ids = new List<Guid>();
        for (var i = 0; i < 64; i++)
        {
            await using var upload = await store.BeginAsync(new DateOnly(2025, 6, 14));
            TestParts.Write(upload, 0, [1]);
            await upload.CommitAsync();
            ids.Add(upload.Id);
        }

        Assert.Equal(ids.Count, ids.Distinct().Count());
        var bytes = ids.Select(id => id.ToByteArray(bigEndian: true)).ToList();
        // Guid.NewGuid would fix the version nibble at 4 and the variant bits at 10.
        Assert.True(bytes.Select(id => id[6] >> 4).Distinct().Count() > 1);
        Assert.True(bytes.Select(id => id[8] >> 6).Distinct().Count() > 1);

        using var connection = _temporary.Database.OpenConnection();
        var stored = connection.Query<byte[]>("SELECT id FROM submissions").ToList();
        Assert.All(stored, id => Assert.Equal(16, id.Length));
        Assert.Equal(
            bytes.Select(Convert.ToHexString).Order(StringComparer.Ordinal),
            stored.Select(Convert.ToHexString).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Received_days_round_trip_and_order_the_listing()
    {
        var store = new SubmissionStore(_temporary.Database);
        DateOnly[] days = [new(2025, 3, 2), new(2024, 2, 29), new(2025, 3, 1), new(2025, 3, 2), new(1999, 12, 31), new(2025, 3, 2)];
        foreach (var day in days)
        {
            await using var upload = await store.BeginAsync(day);
            TestParts.Write(upload, 0, [1]);
            await upload.CommitAsync();
        }

        var listed = await store.ListCompleteAsync();

        Assert.Equal(days.Order(), listed.Select(submission => submission.ReceivedDay));
        Assert.All(listed, submission => Assert.Equal("pending", submission.ExportState));
        // Within a day the order is by the random id, not by arrival.
        var sameDay = listed.Where(submission => submission.ReceivedDay == new DateOnly(2025, 3, 2))
            .Select(submission => Convert.ToHexString(submission.Id.ToByteArray(bigEndian: true)))
            .ToList();
        Assert.Equal(sameDay.Order(StringComparer.Ordinal), sameDay);
    }

    [Fact]
    public async Task Nothing_stored_or_listed_carries_a_time_of_day()
    {
        var store = new SubmissionStore(_temporary.Database);
        new RecipientStore(_temporary.Database).Add("age1timeless", "label", new DateOnly(2025, 6, 14));
        await using (var upload = await store.BeginAsync(new DateOnly(2025, 6, 14)))
        {
            TestParts.Write(upload, 0, [1, 2, 3]);
            await upload.CommitAsync();
        }

        Assert.DoesNotContain(typeof(StoredSubmission).GetProperties(), property =>
            property.PropertyType == typeof(DateTime) || property.PropertyType == typeof(DateTimeOffset)
            || property.PropertyType == typeof(TimeOnly));
        using var connection = _temporary.Database.OpenConnection();
        foreach (var table in new[] { "recipients", "submissions", "parts" })
        {
            foreach (var row in connection.Query($"SELECT * FROM {table}").Cast<IDictionary<string, object?>>())
            {
                Assert.All(row.Values.OfType<string>(), text => Assert.False(TimeOfDay().IsMatch(text), text));
            }
        }
        var days = connection.Query<string>("SELECT received_day FROM submissions");
        Assert.Equal(["2025-06-14"], days);
    }

    [GeneratedRegex(@"\d:\d|T\d")]
    private static partial Regex TimeOfDay();
}
