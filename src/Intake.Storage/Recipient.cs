namespace Intake.Storage;

/// <summary>A reviewer public key that every new part is encrypted to.</summary>
public sealed record Recipient(long Id, string PublicKey, string? Label, DateOnly AddedDay);
