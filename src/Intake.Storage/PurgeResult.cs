namespace Intake.Storage;

/// <summary>What a purge removed: submissions, their parts and their ciphertext bytes.</summary>
public sealed record PurgeResult(int Submissions, int Parts, long CiphertextBytes);
