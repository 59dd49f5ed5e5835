using Intake.Crypto.Payload;

namespace Intake.Crypto.Age;

/// <summary>How <see cref="AgeEncryptor"/> writes a file.</summary>
public sealed record AgeEncryptOptions
{
    /// <summary>Write ASCII armor (PEM) instead of binary.</summary>
    public bool Armor { get; init; }

    /// <summary>Threads sealing payload chunks; 1 is sequential. The output format is the same either way.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    public PayloadCipherBackend Backend { get; init; } = PayloadCipherBackend.Auto;

    /// <summary>Leave the output stream open when the encrypting stream is disposed.</summary>
    public bool LeaveOpen { get; init; }
}
