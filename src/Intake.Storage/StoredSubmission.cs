namespace Intake.Storage;

/// <summary>A committed submission: its id, the day it arrived, the ciphertext size of each part, its export state.</summary>
public sealed record StoredSubmission(Guid Id, DateOnly ReceivedDay, IReadOnlyList<long> PartSizes, string ExportState);
