namespace Intake.Storage;

/// <summary>A committed submission: its id, the day it arrived, the ciphertext size of each part, its export state.</summary>
public sealed record StoredSubmission(Guid Id, DateOnly ReceivedDay, IReadOnlyList<long> PartSizes, string ExportState)
{
    /// <summary>
    /// The columns a listing selects, one row per part: `s.id, s.received_day, s.export_state,
    /// p.size` from submissions s joined with parts p, ordered by submission, then part index.
    /// </summary>
    internal const string PartColumns = "s.id, s.received_day, s.export_state, p.size";

    /// <summary>One submission per run of rows with the same id, in the rows' order.</summary>
    internal static List<StoredSubmission> FromPartRows(IEnumerable<(byte[] Id, string ReceivedDay, string ExportState, long Size)> rows) =>
        rows.GroupBy(row => SubmissionId.FromBytes(row.Id))
            .Select(parts => new StoredSubmission(
                parts.Key,
                IsoDay.Parse(parts.First().ReceivedDay),
                parts.Select(part => part.Size).ToArray(),
                parts.First().ExportState))
            .ToList();
}
